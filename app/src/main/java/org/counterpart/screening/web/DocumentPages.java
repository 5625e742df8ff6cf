package org.counterpart.screening.web;

import java.util.List;
import org.counterpart.core.screening.Catalogue;
import org.counterpart.screening.Flyers;
import org.counterpart.system.NodeOnly;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The flyers and the manual chapter, in every language, for any signed-in official to print. */
@Controller
@NodeOnly
class DocumentPages {

  private final Flyers flyers;

  DocumentPages(Flyers flyers) {
    this.flyers = flyers;
  }

  @GetMapping("/documents")
  String list(Model model) {
    model.addAttribute("kinds", List.of("officer", "awareness", "manual"));
    model.addAttribute("languages", Catalogue.LANGUAGES);
    return "screening/documents";
  }

  @GetMapping("/documents/{kind}/{language}.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable String kind, @PathVariable String language) {
    Flyers.Kind which;
    try {
      which = Flyers.Kind.ofId(kind);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    if (!Catalogue.LANGUAGES.contains(language)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename("counterpart-" + kind + "-" + language + ".pdf")
                .build()
                .toString())
        .body(flyers.pdf(which, language));
  }
}
