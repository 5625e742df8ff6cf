package org.counterpart.directory.web;

import java.util.Map;
import java.util.UUID;
import org.counterpart.audit.AuditEvent;
import org.counterpart.audit.AuditTrail;
import org.counterpart.core.screening.Catalogue;
import org.counterpart.directory.Directory;
import org.counterpart.directory.Manual;
import org.counterpart.system.InvalidInputException;
import org.counterpart.system.NodeOnly;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The harmonized manual: its editions to download, a new edition on demand, and this country's
 * legislation-and-procedure chapter, which its administrators and contact points keep.
 */
@Controller
@NodeOnly
class ManualPages {

  private final Manual manual;
  private final Directory directory;
  private final AuditTrail audit;

  ManualPages(Manual manual, Directory directory, AuditTrail audit) {
    this.manual = manual;
    this.directory = directory;
    this.audit = audit;
  }

  @GetMapping("/directory/manual")
  String page(Authentication who, Model model) {
    return show(who, model, Map.of(), null);
  }

  private String show(
      Authentication who, Model model, Map<String, String> errors, String chapterDraft) {
    model.addAttribute("editions", manual.editions());
    model.addAttribute("languages", Catalogue.LANGUAGES);
    model.addAttribute("current", LocaleContextHolder.getLocale().toLanguageTag());
    model.addAttribute("canEdit", DirectoryAccess.canEdit(who));
    var chapter = manual.chapter(directory.country());
    model.addAttribute(
        "chapterText", chapterDraft != null ? chapterDraft : chapter.map(c -> c.text()).orElse(""));
    model.addAttribute(
        "chapterLanguage",
        chapter.map(c -> c.language()).orElse(LocaleContextHolder.getLocale().toLanguageTag()));
    model.addAttribute("errors", errors);
    return "directory/manual";
  }

  @PostMapping("/directory/manual/editions")
  String generate(@RequestParam String language, Authentication who, Model model) {
    try {
      var edition = manual.generate(language, who.getName());
      return "redirect:/directory/manual?generated=" + edition.id();
    } catch (InvalidInputException e) {
      return show(who, model, DirectoryPages.errors(e), null);
    }
  }

  @GetMapping("/directory/manual/editions/{id}.pdf")
  ResponseEntity<byte[]> download(@PathVariable UUID id, Authentication who) {
    // The manual names contact persons and interpreters: who took a copy is recorded.
    audit.recordSeparately(
        AuditEvent.of(who.getName(), "manual.downloaded", "manual-edition", id.toString()));
    byte[] pdf =
        manual
            .pdf(id)
            .orElseThrow(
                () -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("counterpart-manual-" + id + ".pdf")
                .build()
                .toString())
        .body(pdf);
  }

  @PostMapping("/directory/manual/chapter")
  String keepChapter(
      @RequestParam String language, @RequestParam String text, Authentication who, Model model) {
    try {
      manual.keepChapter(language, text, who.getName());
      return "redirect:/directory/manual?kept";
    } catch (InvalidInputException e) {
      return show(who, model, DirectoryPages.errors(e), text);
    } catch (org.counterpart.directory.NotOwnerException e) {
      return show(who, model, Map.of("text", "directory.not-owner"), text);
    }
  }
}
