package org.counterpart.directory.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.counterpart.audit.AuditEvent;
import org.counterpart.audit.AuditTrail;
import org.counterpart.directory.Competence;
import org.counterpart.directory.Directory;
import org.counterpart.directory.EntryForm;
import org.counterpart.directory.EntryKind;
import org.counterpart.directory.IsoCodes;
import org.counterpart.directory.NotOwnerException;
import org.counterpart.system.FieldProblem;
import org.counterpart.system.InvalidInputException;
import org.counterpart.system.NodeOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The regional directory's pages: search across the region by kind, competence, language, country
 * and availability; an entry with its versions; and, for this country's contact points and
 * administrators, adding, changing and removing this country's entries.
 */
@Controller
@NodeOnly
class DirectoryPages {

  /** The region's countries, always offered in the search even before they publish anything. */
  static final List<String> REGION = List.of("AL", "BA", "ME", "MK", "RS", "XK");

  private final Directory directory;
  private final AuditTrail audit;

  DirectoryPages(Directory directory, AuditTrail audit) {
    this.directory = directory;
    this.audit = audit;
  }

  @GetMapping("/directory")
  String search(
      @RequestParam(required = false) @Nullable String text,
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable String competence,
      @RequestParam(required = false) @Nullable String language,
      @RequestParam(name = "country", required = false) @Nullable List<String> countries,
      @RequestParam(required = false) @Nullable String availableOn,
      @RequestParam(required = false) @Nullable String remote,
      Authentication who,
      Model model) {
    Locale reader = LocaleContextHolder.getLocale();
    Map<String, String> errors = new LinkedHashMap<>();
    List<Directory.Entry> all = directory.all();
    List<DirectoryView> results = List.of();
    Set<String> chosen = new TreeSet<>();
    String code = language;
    try {
      var query =
          QueryParams.parse(
              text, kind, competence, language, countries, availableOn, "on".equals(remote));
      chosen.addAll(query.countries());
      code = query.language();
      results = directory.search(query).stream().map(e -> DirectoryView.of(e, reader)).toList();
    } catch (InvalidInputException e) {
      errors.putAll(errors(e));
      if (countries != null) {
        chosen.addAll(countries);
      }
    }
    Map<String, String> values = new LinkedHashMap<>();
    values.put("text", text == null ? "" : text);
    values.put("kind", kind == null ? "" : kind);
    values.put("competence", competence == null ? "" : competence);
    values.put("language", code == null ? "" : code);
    values.put("availableOn", availableOn == null ? "" : availableOn);
    values.put("remote", remote == null ? "" : remote);
    model.addAttribute("values", values);
    model.addAttribute("chosenCountries", chosen);
    model.addAttribute("errors", errors);
    model.addAttribute("results", results);
    model.addAttribute("kinds", EntryKind.values());
    model.addAttribute("competences", Competence.values());
    model.addAttribute("languageOptions", languageOptions(all, reader));
    model.addAttribute("countryOptions", countryOptions(all, reader));
    model.addAttribute("tomorrow", LocalDate.now().plusDays(1).toString());
    model.addAttribute("canEdit", DirectoryAccess.canEdit(who));
    model.addAttribute("ownCountry", directory.country());
    long personal = results.stream().filter(DirectoryView::personal).count();
    if (personal > 0) {
      audit.recordSeparately(
          AuditEvent.of(who.getName(), "directory.searched", "directory", "page")
              .details(personal + " entries naming a person"));
    }
    return "directory/search";
  }

  @GetMapping("/directory/entries/{id}")
  String entry(@PathVariable UUID id, Authentication who, Model model) {
    var entry = directory.find(id).orElseThrow(() -> new Directory.EntryNotFoundException(id));
    if (entry.value().kind().personal()) {
      audit.recordSeparately(
          AuditEvent.of(who.getName(), "directory.viewed", "directory", id.toString()));
    }
    return show(entry, who, model, null);
  }

  private String show(
      Directory.Entry entry, Authentication who, Model model, @Nullable String problem) {
    Locale reader = LocaleContextHolder.getLocale();
    model.addAttribute("e", DirectoryView.of(entry, reader));
    model.addAttribute(
        "parent",
        entry.value().parent() == null
            ? null
            : directory
                .find(entry.value().parent())
                .map(p -> DirectoryView.of(p, reader))
                .orElse(null));
    model.addAttribute("history", directory.history(entry.id()));
    model.addAttribute(
        "editable", DirectoryAccess.canEdit(who) && entry.country().equals(directory.country()));
    model.addAttribute("problem", problem);
    return "directory/entry";
  }

  @GetMapping("/directory/entries/new")
  String newEntry(@RequestParam(required = false) @Nullable String kind, Model model) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String f : EntryForm.FIELDS) {
      values.put(f, "");
    }
    values.put("kind", kind == null ? "INSTITUTION" : kind);
    return form(model, null, values, Map.of());
  }

  @PostMapping("/directory/entries")
  String create(@RequestParam MultiValueMap<String, String> form, Authentication who, Model model) {
    Map<String, String> values = values(form);
    try {
      UUID id = directory.add(EntryForm.of(values), who.getName());
      return "redirect:/directory/entries/" + id;
    } catch (InvalidInputException e) {
      return form(model, null, values, errors(e));
    }
  }

  @GetMapping("/directory/entries/{id}/edit")
  String edit(@PathVariable UUID id, Authentication who, Model model) {
    var entry = directory.find(id).orElseThrow(() -> new Directory.EntryNotFoundException(id));
    if (!entry.country().equals(directory.country())) {
      return show(entry, who, model, "directory.not-owner");
    }
    Map<String, String> values = new LinkedHashMap<>(EntryForm.values(entry.value()));
    values.put("version", String.valueOf(entry.version()));
    return form(model, id, values, Map.of());
  }

  @PostMapping("/directory/entries/{id}")
  String change(
      @PathVariable UUID id,
      @RequestParam MultiValueMap<String, String> form,
      Authentication who,
      Model model) {
    Map<String, String> values = values(form);
    Integer expected = null;
    try {
      expected = Integer.valueOf(form.getFirst("version"));
    } catch (NumberFormatException e) {
      // A form without its version overwrites, as the API without one does.
    }
    values.put("version", expected == null ? "" : expected.toString());
    try {
      directory.change(id, expected, EntryForm.of(values), who.getName());
      return "redirect:/directory/entries/" + id;
    } catch (InvalidInputException e) {
      return form(model, id, values, errors(e));
    } catch (Directory.StaleEntryException e) {
      return form(model, id, values, Map.of("version", "directory.stale"));
    } catch (NotOwnerException e) {
      return show(directory.find(id).orElseThrow(), who, model, "directory.not-owner");
    }
  }

  @PostMapping("/directory/entries/{id}/delete")
  String delete(@PathVariable UUID id, Authentication who, Model model) {
    try {
      directory.remove(id, who.getName());
      return "redirect:/directory";
    } catch (NotOwnerException e) {
      return show(directory.find(id).orElseThrow(), who, model, "directory.not-owner");
    }
  }

  private String form(
      Model model, @Nullable UUID id, Map<String, String> values, Map<String, String> errors) {
    Locale reader = LocaleContextHolder.getLocale();
    model.addAttribute("id", id);
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", EntryKind.values());
    model.addAttribute("competences", Competence.values());
    model.addAttribute(
        "chosenCompetences",
        Set.copyOf(List.of(values.getOrDefault("competences", "").split("\\s*[,;]\\s*"))));
    model.addAttribute(
        "parents",
        directory.all().stream()
            .filter(e -> e.country().equals(directory.country()))
            .filter(e -> !e.id().equals(id))
            .map(e -> DirectoryView.of(e, reader))
            .toList());
    return "directory/edit";
  }

  private static Map<String, String> values(MultiValueMap<String, String> form) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String f : EntryForm.FIELDS) {
      List<String> given = form.get(f);
      values.put(f, given == null ? "" : String.join(", ", given));
    }
    return values;
  }

  static Map<String, String> errors(InvalidInputException e) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (FieldProblem p : e.problems()) {
      errors.putIfAbsent(p.field(), p.message());
    }
    return errors;
  }

  /** A code and its name in the reader's language. */
  record Option(String code, String name) {}

  private static List<Option> languageOptions(List<Directory.Entry> all, Locale reader) {
    return all.stream()
        .flatMap(e -> e.value().languages().stream())
        .distinct()
        .map(l -> new Option(l, IsoCodes.languageName(l, reader)))
        .sorted(Comparator.comparing(Option::name))
        .toList();
  }

  private static List<Option> countryOptions(List<Directory.Entry> all, Locale reader) {
    Set<String> codes = new TreeSet<>(REGION);
    all.forEach(e -> codes.add(e.country()));
    return codes.stream()
        .map(c -> new Option(c, IsoCodes.countryName(c, reader)))
        .sorted(Comparator.comparing(Option::name))
        .toList();
  }
}
