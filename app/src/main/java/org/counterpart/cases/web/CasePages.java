package org.counterpart.cases.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.counterpart.cases.Actor;
import org.counterpart.cases.CaseAttachments;
import org.counterpart.cases.CaseKind;
import org.counterpart.cases.CaseNotFoundException;
import org.counterpart.cases.CaseReader;
import org.counterpart.cases.CaseRegistry;
import org.counterpart.cases.CaseStatus;
import org.counterpart.cases.NewCase;
import org.counterpart.cases.PersonIdentity;
import org.counterpart.cases.PersonRole;
import org.counterpart.cases.PersonSearch;
import org.counterpart.cases.Vocabulary;
import org.counterpart.system.CounterpartProperties;
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
import org.springframework.web.server.ResponseStatusException;

/** The registry's pages: list, registration form, case page and person search. */
@Controller
@NodeOnly
class CasePages {

  private final CaseRegistry registry;
  private final CaseReader reader;
  private final PersonSearch search;
  private final String country;
  private final CaseAttachments attachments;

  CasePages(
      CaseRegistry registry,
      CaseReader reader,
      PersonSearch search,
      CounterpartProperties instance,
      CaseAttachments attachments) {
    this.attachments = attachments;
    this.registry = registry;
    this.reader = reader;
    this.search = search;
    this.country = instance.nodeCountry();
  }

  @GetMapping("/cases")
  String list(
      @RequestParam(required = false) @Nullable CaseStatus status,
      @RequestParam(required = false) @Nullable CaseKind kind,
      @RequestParam(defaultValue = "false") boolean mine,
      @RequestParam(defaultValue = "0") int page,
      Authentication who,
      Model model) {
    model.addAttribute(
        "cases",
        reader.list(new CaseReader.CaseFilter(status, kind, mine), page, 50, Actor.of(who)));
    model.addAttribute("statuses", CaseStatus.values());
    model.addAttribute("kinds", CaseKind.values());
    model.addAttribute("status", status);
    model.addAttribute("kind", kind);
    model.addAttribute("mine", mine);
    model.addAttribute("page", page);
    return "cases/list";
  }

  @GetMapping("/cases/new")
  String form(Model model) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("detectedCountry", country);
    values.put("detectedOn", LocalDate.now().toString());
    return form(model, values, Map.of());
  }

  @PostMapping("/cases/new")
  String register(
      @RequestParam MultiValueMap<String, String> form, Authentication who, Model model) {
    Map<String, String> values = form.toSingleValueMap();
    Map<String, String> errors = new LinkedHashMap<>();
    NewCase command = CaseForm.toCommand(form, errors);
    if (errors.isEmpty()) {
      try {
        String reference = registry.register(command, Actor.of(who));
        return "redirect:/cases/" + reference + "?registered";
      } catch (InvalidInputException e) {
        for (FieldProblem p : e.problems()) {
          errors.putIfAbsent(p.field(), p.message());
        }
      }
    }
    return form(model, values, errors);
  }

  private String form(Model model, Map<String, String> values, Map<String, String> errors) {
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", CaseKind.values());
    model.addAttribute("countries", Vocabulary.COUNTRIES.stream().sorted().toList());
    model.addAttribute("genders", Vocabulary.GENDERS);
    model.addAttribute("exploitationTypes", Vocabulary.EXPLOITATION_TYPES);
    model.addAttribute("recruitmentMethods", Vocabulary.RECRUITMENT_METHODS);
    model.addAttribute("perpetratorRoles", Vocabulary.PERPETRATOR_ROLES);
    model.addAttribute(
        "victimRoles",
        List.of(
            PersonRole.PRESUMED_VICTIM, PersonRole.IDENTIFIED_VICTIM, PersonRole.SMUGGLED_MIGRANT));
    return "cases/new";
  }

  @GetMapping("/cases/{reference}")
  String view(@PathVariable String reference, Authentication who, Model model) {
    try {
      var view = reader.view(reference, Actor.of(who));
      model.addAttribute("c", view);
      model.addAttribute(
          "attachments",
          view.onTeam() ? attachments.list(reference) : List.<CaseAttachments.Attachment>of());
      List<CaseStatus> next = new ArrayList<>();
      for (CaseStatus s : CaseStatus.values()) {
        if (view.status().canMoveTo(s)) {
          next.add(s);
        }
      }
      model.addAttribute("nextStatuses", next);
      return "cases/view";
    } catch (CaseNotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  @PostMapping("/cases/{reference}/move")
  String move(
      @PathVariable String reference,
      @RequestParam CaseStatus to,
      @RequestParam(required = false) @Nullable String reason,
      @RequestParam int version,
      Authentication who,
      org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
    try {
      registry.move(reference, to, reason, version, Actor.of(who));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("moveError", e.problems().getFirst().message());
    } catch (org.counterpart.cases.NotPermittedException e) {
      redirect.addFlashAttribute("moveError", e.getMessage());
    } catch (org.counterpart.cases.ConcurrentEditException e) {
      redirect.addFlashAttribute("moveError", "cases.concurrent-edit");
    }
    return "redirect:/cases/" + reference;
  }

  @GetMapping("/persons/{pseudonym}")
  String person(@PathVariable String pseudonym, Authentication who, Model model) {
    var hits = search.byPseudonym(pseudonym, Actor.of(who));
    if (hits == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("p", hits);
    return "cases/person";
  }

  @GetMapping("/search")
  String search(
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(required = false) @Nullable String birthDate,
      @RequestParam(required = false) @Nullable String phone,
      @RequestParam(defaultValue = "0") int page,
      Authentication who,
      Model model) {
    model.addAttribute("name", name);
    model.addAttribute("birthDate", birthDate);
    model.addAttribute("phone", phone);
    boolean asked = notBlank(name) || notBlank(phone);
    if (asked) {
      try {
        LocalDate born = notBlank(birthDate) ? LocalDate.parse(birthDate) : null;
        model.addAttribute(
            "results",
            search.search(
                new PersonSearch.Query(name, born, phone, null), page, 20, Actor.of(who)));
      } catch (DateTimeParseException e) {
        model.addAttribute("error", "validation.date");
      } catch (InvalidInputException e) {
        model.addAttribute("error", e.problems().getFirst().message());
      }
    }
    return "cases/search";
  }

  private static boolean notBlank(@Nullable String value) {
    return value != null && !value.isBlank();
  }

  /** Reads the registration form's flat fields into the registry's command. */
  static final class CaseForm {
    private CaseForm() {}

    static NewCase toCommand(MultiValueMap<String, String> form, Map<String, String> errors) {
      List<NewCase.NewPerson> persons = new ArrayList<>();
      persons.add(person(form, 0, errors, true));
      if (notBlank(form.getFirst("persons[1].identity.givenName"))
          || notBlank(form.getFirst("persons[1].identity.surname"))) {
        persons.add(person(form, 1, errors, false));
      }
      return new NewCase(
          enumOrNull(CaseKind.class, form.getFirst("kind"), "kind", errors),
          date(form.getFirst("detectedOn"), "detectedOn", errors, true),
          form.getFirst("detectedCountry"),
          blankToNull(form.getFirst("detectedPlace")),
          null,
          null,
          form.getOrDefault("exploitationTypes", List.of()),
          null,
          blankToNull(form.getFirst("recruitmentMethod")),
          List.of(),
          List.of(),
          List.of(),
          null,
          "on".equals(form.getFirst("consentGiven")),
          persons,
          List.of());
    }

    private static NewCase.NewPerson person(
        MultiValueMap<String, String> form, int i, Map<String, String> errors, boolean victim) {
      String at = "persons[" + i + "]";
      String given = form.getFirst(at + ".identity.givenName");
      String surname = form.getFirst(at + ".identity.surname");
      if (!notBlank(given)) {
        errors.put(at + ".identity.givenName", "validation.required");
      }
      if (!notBlank(surname)) {
        errors.put(at + ".identity.surname", "validation.required");
      }
      String phone = form.getFirst(at + ".identity.phones[0]");
      String document = form.getFirst(at + ".identity.documents[0].number");
      var identity =
          new PersonIdentity(
              given == null ? "" : given.trim(),
              surname == null ? "" : surname.trim(),
              date(
                  form.getFirst(at + ".identity.birthDate"),
                  at + ".identity.birthDate",
                  errors,
                  false),
              notBlank(document)
                  ? List.of(new PersonIdentity.IdentityDocument("identity", document.trim(), null))
                  : List.of(),
              notBlank(phone) ? List.of(phone.trim()) : List.of(),
              List.of());
      PersonRole role =
          victim
              ? enumOrNull(PersonRole.class, form.getFirst(at + ".role"), at + ".role", errors)
              : PersonRole.SUSPECT;
      return new NewCase.NewPerson(
          role,
          victim ? null : blankToNull(form.getFirst(at + ".perpetratorRole")),
          null,
          notBlank(form.getFirst(at + ".gender"))
              ? form.getFirst(at + ".gender")
              : "NonSpecifiedUnknown",
          blankToNull(form.getFirst(at + ".citizenship")),
          identity);
    }

    private static @Nullable LocalDate date(
        @Nullable String value, String field, Map<String, String> errors, boolean required) {
      if (!notBlank(value)) {
        if (required) {
          errors.put(field, "validation.required");
        }
        return null;
      }
      try {
        return LocalDate.parse(value.trim());
      } catch (DateTimeParseException e) {
        errors.put(field, "validation.date");
        return null;
      }
    }

    private static <E extends Enum<E>> @Nullable E enumOrNull(
        Class<E> type, @Nullable String value, String field, Map<String, String> errors) {
      try {
        return Enum.valueOf(type, value == null ? "" : value);
      } catch (IllegalArgumentException e) {
        errors.put(field, "validation.required");
        return null;
      }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
      return notBlank(value) ? value.trim() : null;
    }
  }
}
