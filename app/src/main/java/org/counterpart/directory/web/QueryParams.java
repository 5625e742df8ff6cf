package org.counterpart.directory.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.counterpart.directory.Competence;
import org.counterpart.directory.DirectoryQuery;
import org.counterpart.directory.EntryKind;
import org.counterpart.directory.IsoCodes;
import org.counterpart.system.FieldProblem;
import org.counterpart.system.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** A directory search as typed into the page or the API's query string, checked. */
final class QueryParams {

  private QueryParams() {}

  static DirectoryQuery parse(
      @Nullable String text,
      @Nullable String kind,
      @Nullable String competence,
      @Nullable String language,
      @Nullable List<String> countries,
      @Nullable String availableOn,
      boolean remote) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate day = null;
    if (given(availableOn)) {
      try {
        day = LocalDate.parse(availableOn.strip());
      } catch (DateTimeParseException e) {
        problems.add(new FieldProblem("availableOn", "validation.date"));
      }
    }
    EntryKind entryKind = null;
    if (given(kind)) {
      try {
        entryKind = EntryKind.valueOf(kind.strip());
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("kind", "directory.error.kind"));
      }
    }
    Competence entryCompetence = null;
    if (given(competence)) {
      try {
        entryCompetence = Competence.valueOf(competence.strip());
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("competence", "directory.error.competence"));
      }
    }
    Set<String> chosen = new TreeSet<>();
    if (countries != null) {
      for (String c : countries) {
        if (given(c)) {
          IsoCodes.country(c)
              .ifPresentOrElse(
                  chosen::add,
                  () -> problems.add(new FieldProblem("country", "validation.country")));
        }
      }
    }
    String code = null;
    if (given(language)) {
      code = IsoCodes.code(language).orElse(null);
      if (code == null) {
        problems.add(new FieldProblem("language", "directory.error.language"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new DirectoryQuery(
        given(text) ? text : null, entryKind, entryCompetence, code, chosen, day, remote);
  }

  private static boolean given(@Nullable String s) {
    return s != null && !s.isBlank();
  }
}
