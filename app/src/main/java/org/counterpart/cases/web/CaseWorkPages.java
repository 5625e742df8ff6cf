package org.counterpart.cases.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.counterpart.cases.Actor;
import org.counterpart.cases.CaseAttachments;
import org.counterpart.cases.CaseDetails;
import org.counterpart.cases.CaseNotFoundException;
import org.counterpart.cases.CaseReader;
import org.counterpart.cases.CaseRegistry;
import org.counterpart.cases.CaseViews;
import org.counterpart.cases.ConcurrentEditException;
import org.counterpart.cases.NotPermittedException;
import org.counterpart.cases.PersonSearch;
import org.counterpart.cases.Vocabulary;
import org.counterpart.system.FieldProblem;
import org.counterpart.system.InvalidInputException;
import org.counterpart.system.NodeOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the case team's daily work on a case: correcting its facts, adding a member, a note
 * or a document; and the break-glass request on a person's page for an official outside the team.
 */
@Controller
@NodeOnly
class CaseWorkPages {

  private final CaseRegistry registry;
  private final CaseReader reader;
  private final CaseAttachments attachments;
  private final PersonSearch search;

  CaseWorkPages(
      CaseRegistry registry, CaseReader reader, CaseAttachments attachments, PersonSearch search) {
    this.registry = registry;
    this.reader = reader;
    this.attachments = attachments;
    this.search = search;
  }

  @GetMapping("/cases/{reference}/edit")
  String edit(@PathVariable String reference, Authentication who, Model model) {
    CaseViews.CaseView view = view(reference, who);
    Map<String, String> values = new LinkedHashMap<>();
    values.put("detectedOn", view.detectedOn().toString());
    values.put("detectedCountry", view.detectedCountry());
    values.put("detectedPlace", orEmpty(view.detectedPlace()));
    values.put("latitude", view.latitude() == null ? "" : view.latitude().toString());
    values.put("longitude", view.longitude() == null ? "" : view.longitude().toString());
    values.put("labourSector", orEmpty(view.labourSector()));
    values.put("recruitmentMethod", orEmpty(view.recruitmentMethod()));
    values.put("recruitmentApps", String.join(", ", view.recruitmentApps()));
    values.put("meansOfControl", String.join(", ", view.meansOfControl()));
    values.put("communication", String.join(", ", view.communication()));
    values.put("crimeGroup", orEmpty(view.crimeGroup()));
    values.put("version", Integer.toString(view.version()));
    return editForm(model, view, values, view.exploitationTypes(), view.consentGiven(), Map.of());
  }

  @PostMapping("/cases/{reference}/edit")
  String correct(
      @PathVariable String reference,
      @RequestParam MultiValueMap<String, String> form,
      Authentication who,
      Model model) {
    CaseViews.CaseView view = view(reference, who);
    Map<String, String> values = form.toSingleValueMap();
    Map<String, String> errors = new LinkedHashMap<>();
    List<String> exploitation = form.getOrDefault("exploitationTypes", List.of());
    boolean consent = "on".equals(form.getFirst("consentGiven"));
    var details =
        new CaseDetails(
            date(values.get("detectedOn"), errors),
            values.get("detectedCountry"),
            blankToNull(values.get("detectedPlace")),
            number(values.get("latitude"), "latitude", errors),
            number(values.get("longitude"), "longitude", errors),
            exploitation,
            blankToNull(values.get("labourSector")),
            blankToNull(values.get("recruitmentMethod")),
            list(values.get("recruitmentApps")),
            list(values.get("meansOfControl")),
            list(values.get("communication")),
            blankToNull(values.get("crimeGroup")),
            consent);
    int version = parseVersion(values.get("version"));
    String reason = values.get("reason");
    if (reason == null || reason.isBlank()) {
      errors.put("reason", "validation.required");
    }
    if (errors.isEmpty()) {
      try {
        registry.correct(reference, details, version, values.get("reason"), Actor.of(who));
        return "redirect:/cases/" + reference + "?corrected";
      } catch (InvalidInputException e) {
        for (FieldProblem p : e.problems()) {
          errors.putIfAbsent(p.field(), p.message());
        }
      } catch (ConcurrentEditException e) {
        errors.put("version", "cases.concurrent-edit");
      } catch (NotPermittedException e) {
        errors.put("reason", e.getMessage());
      }
    }
    return editForm(model, view, values, exploitation, consent, errors);
  }

  @PostMapping("/cases/{reference}/team")
  String addMember(
      @PathVariable String reference,
      @RequestParam String username,
      Authentication who,
      RedirectAttributes redirect) {
    return act(
        reference,
        redirect,
        "cases.member-added",
        () -> {
          if (username.isBlank()) {
            throw new InvalidInputException("username", "validation.required");
          }
          registry.addTeamMember(reference, username.trim(), Actor.of(who));
        });
  }

  @PostMapping("/cases/{reference}/notes")
  String addNote(
      @PathVariable String reference,
      @RequestParam CaseRegistry.NoteKind kind,
      @RequestParam String body,
      @RequestParam String source,
      @RequestParam String sourceCode,
      @RequestParam String informationCode,
      Authentication who,
      RedirectAttributes redirect) {
    return act(
        reference,
        redirect,
        "cases.note-added",
        () ->
            registry.addNote(
                reference,
                new CaseRegistry.NewNote(kind, body, source, sourceCode, informationCode),
                Actor.of(who)));
  }

  @PostMapping("/cases/{reference}/attachments")
  String attach(
      @PathVariable String reference,
      @RequestParam("file") MultipartFile file,
      Authentication who,
      RedirectAttributes redirect) {
    return act(
        reference,
        redirect,
        "cases.document-added",
        () -> {
          try {
            attachments.attach(
                reference,
                file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                file.getBytes(),
                Actor.of(who));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @PostMapping("/persons/{pseudonym}/break-glass")
  String breakGlass(
      @PathVariable String pseudonym,
      @RequestParam(required = false) @Nullable String reason,
      Authentication who,
      Model model) {
    var person = search.byPseudonym(pseudonym, Actor.of(who));
    if (person == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("p", person);
    try {
      model.addAttribute("identity", reader.breakGlass(pseudonym, reason, Actor.of(who)));
      model.addAttribute("brokeGlass", true);
    } catch (InvalidInputException e) {
      model.addAttribute("breakGlassError", e.problems().getFirst().message());
      model.addAttribute("reason", reason);
    } catch (NotPermittedException e) {
      model.addAttribute("breakGlassError", e.getMessage());
    }
    return "cases/person";
  }

  private String act(String reference, RedirectAttributes redirect, String done, Runnable action) {
    try {
      action.run();
      redirect.addFlashAttribute("workNotice", done);
    } catch (InvalidInputException e) {
      FieldProblem problem = e.problems().getFirst();
      redirect.addFlashAttribute("workError", problem.message());
      redirect.addFlashAttribute("workErrorField", problem.field());
    } catch (NotPermittedException e) {
      redirect.addFlashAttribute("workError", e.getMessage());
    } catch (CaseNotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return "redirect:/cases/" + reference;
  }

  private CaseViews.CaseView view(String reference, Authentication who) {
    try {
      return reader.view(reference, Actor.of(who));
    } catch (CaseNotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  private static String editForm(
      Model model,
      CaseViews.CaseView view,
      Map<String, String> values,
      List<String> exploitation,
      boolean consent,
      Map<String, String> errors) {
    model.addAttribute("c", view);
    model.addAttribute("values", values);
    model.addAttribute("chosenExploitation", exploitation);
    model.addAttribute("consent", consent);
    model.addAttribute("errors", errors);
    model.addAttribute("countries", Vocabulary.COUNTRIES.stream().sorted().toList());
    model.addAttribute("exploitationTypes", Vocabulary.EXPLOITATION_TYPES);
    model.addAttribute("labourSectors", Vocabulary.LABOUR_SECTORS);
    model.addAttribute("recruitmentMethods", Vocabulary.RECRUITMENT_METHODS);
    return "cases/edit";
  }

  private static @Nullable LocalDate date(@Nullable String value, Map<String, String> errors) {
    if (value == null || value.isBlank()) {
      errors.put("detectedOn", "validation.required");
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      errors.put("detectedOn", "validation.date");
      return null;
    }
  }

  private static @Nullable Double number(
      @Nullable String value, String field, Map<String, String> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Double.valueOf(value.trim().replace(',', '.'));
    } catch (NumberFormatException e) {
      errors.put(field, "validation.number");
      return null;
    }
  }

  private static List<String> list(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static int parseVersion(@Nullable String value) {
    try {
      return Integer.parseInt(value == null ? "" : value.trim());
    } catch (NumberFormatException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static String orEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }
}
