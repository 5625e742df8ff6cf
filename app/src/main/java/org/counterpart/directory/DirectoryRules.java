package org.counterpart.directory;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.counterpart.core.names.PhoneNumbers;
import org.counterpart.system.FieldProblem;
import org.counterpart.system.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Checks a typed entry and gives it its normal form, or lists every problem with the field it is
 * in. Phones are read with the owner country as default region; a list holds no repeats.
 */
public final class DirectoryRules {

  /** A practical check of an address: one @, a dotted domain, no spaces or angle brackets. */
  private static final Pattern EMAIL =
      Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$");

  private static final int LONGEST = 500;

  /** The most items a list field holds (phones, languages...). */
  private static final int MAX_ITEMS = 50;

  private DirectoryRules() {}

  /**
   * The entry, normal form, for a country; {@code parentExists} tells whether a parent id names an
   * entry the node holds.
   *
   * @throws InvalidInputException naming each wrong field
   */
  public static DirectoryEntry check(
      EntryForm form, String country, Function<UUID, Boolean> parentExists) {
    List<FieldProblem> problems = new ArrayList<>();
    EntryKind kind = null;
    String kindText = text(form.kind());
    if (kindText.isEmpty()) {
      problems.add(new FieldProblem("kind", "validation.required"));
    } else {
      try {
        kind = EntryKind.valueOf(kindText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("kind", "directory.error.kind"));
      }
    }
    String name = required(problems, "name", form.name());
    String place = required(problems, "place", form.place());
    UUID parent = null;
    if (!text(form.parent()).isEmpty()) {
      try {
        parent = UUID.fromString(text(form.parent()));
        if (!parentExists.apply(parent)) {
          problems.add(new FieldProblem("parent", "directory.error.parent"));
        }
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("parent", "directory.error.parent"));
      }
    }
    Set<Competence> competences = EnumSet.noneOf(Competence.class);
    for (String c : items(form.competences())) {
      try {
        competences.add(Competence.valueOf(c.toUpperCase(Locale.ROOT).replace(' ', '_')));
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("competences", "directory.error.competence"));
      }
    }
    List<String> phones = new ArrayList<>();
    for (String p : items(form.phones())) {
      PhoneNumbers.e164(p, country)
          .ifPresentOrElse(
              phones::add, () -> problems.add(new FieldProblem("phones", "validation.phone")));
    }
    List<String> emails = new ArrayList<>();
    for (String e : items(form.emails())) {
      if (EMAIL.matcher(e).matches()) {
        emails.add(e.toLowerCase(Locale.ROOT));
      } else {
        problems.add(new FieldProblem("emails", "validation.email"));
      }
    }
    String website = optional(problems, "website", form.website());
    if (website != null && !website(website)) {
      problems.add(new FieldProblem("website", "directory.error.website"));
    }
    List<String> languages = new ArrayList<>();
    for (String l : items(form.languages())) {
      IsoCodes.code(l)
          .ifPresentOrElse(
              languages::add,
              () -> problems.add(new FieldProblem("languages", "directory.error.language")));
    }
    List<String> countries = new ArrayList<>();
    for (String c : items(form.countries())) {
      IsoCodes.country(c)
          .ifPresentOrElse(
              countries::add,
              () -> problems.add(new FieldProblem("countries", "validation.country")));
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String d : items(form.days())) {
      DayOfWeek day = day(d);
      if (day == null) {
        problems.add(new FieldProblem("days", "directory.error.day"));
      } else {
        days.add(day);
      }
    }
    LocalDate awayFrom = date(problems, "awayFrom", form.awayFrom());
    LocalDate awayUntil = date(problems, "awayUntil", form.awayUntil());
    if ((awayFrom == null) != (awayUntil == null)
        || (awayFrom != null && awayUntil != null && awayUntil.isBefore(awayFrom))) {
      problems.add(new FieldProblem("awayUntil", "directory.error.away"));
    }
    Boolean remoteValue = yes(form.remote());
    Boolean onSiteValue = yes(form.onSite());
    if (remoteValue == null) {
      problems.add(new FieldProblem("remote", "directory.error.yes-no"));
    }
    if (onSiteValue == null) {
      problems.add(new FieldProblem("onSite", "directory.error.yes-no"));
    }
    boolean remote = Boolean.TRUE.equals(remoteValue);
    boolean onSite = Boolean.TRUE.equals(onSiteValue);
    if (kind == EntryKind.INTERPRETER) {
      if (languages.isEmpty()) {
        problems.add(new FieldProblem("languages", "directory.error.interpreter-languages"));
      }
      if (!remote && !onSite && remoteValue != null && onSiteValue != null) {
        problems.add(new FieldProblem("remote", "directory.error.interpreter-mode"));
      }
    }
    if (kind == EntryKind.COOPERATION_CENTRE && new LinkedHashSet<>(countries).size() < 2) {
      problems.add(new FieldProblem("countries", "directory.error.centre-countries"));
    }
    if (kind == EntryKind.UNIT && parent == null) {
      problems.add(new FieldProblem("parent", "directory.error.unit-parent"));
    }
    String address = optional(problems, "address", form.address());
    String hours = optional(problems, "hours", form.hours());
    String person = optional(problems, "person", form.person());
    String accreditation = optional(problems, "accreditation", form.accreditation());
    String notes = optional(problems, "notes", form.notes());
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new DirectoryEntry(
        kind,
        name,
        parent,
        competences,
        place,
        address,
        distinct(phones),
        distinct(emails),
        website,
        distinct(languages),
        hours,
        distinct(countries),
        person,
        accreditation,
        days,
        awayFrom,
        awayUntil,
        remote,
        onSite,
        notes);
  }

  private static List<String> distinct(List<String> items) {
    return List.copyOf(new LinkedHashSet<>(items));
  }

  static List<String> items(@Nullable String list) {
    if (list == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    String[] parts = list.split("[,;\\n]");
    if (parts.length > MAX_ITEMS) {
      return java.util.Collections.nCopies(MAX_ITEMS + 1, "");
    }
    for (String s : parts) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  private static String text(@Nullable String s) {
    return s == null ? "" : s.strip();
  }

  /** Control characters (NUL, escape, line separators...) have no place in a directory. */
  private static boolean printable(String s, boolean multiline) {
    return s.codePoints()
        .allMatch(
            c ->
                (multiline && (c == '\n' || c == '\r' || c == '\t'))
                    || !(Character.getType(c) == Character.CONTROL
                        || c == 0x2028
                        || c == 0x2029
                        || Character.getType(c) == Character.UNASSIGNED));
  }

  private static String required(List<FieldProblem> problems, String field, @Nullable String s) {
    String t = text(s);
    if (t.isEmpty()) {
      problems.add(new FieldProblem(field, "validation.required"));
    } else if (t.length() > LONGEST) {
      problems.add(new FieldProblem(field, "validation.too-long"));
    } else if (!printable(t, false)) {
      problems.add(new FieldProblem(field, "directory.error.characters"));
    }
    return t;
  }

  private static @Nullable String optional(
      List<FieldProblem> problems, String field, @Nullable String s) {
    String t = text(s);
    boolean notes = field.equals("notes");
    if (t.length() > (notes ? 4000 : LONGEST)) {
      problems.add(new FieldProblem(field, "validation.too-long"));
    } else if (!printable(t, notes)) {
      problems.add(new FieldProblem(field, "directory.error.characters"));
    }
    return t.isEmpty() ? null : t;
  }

  private static @Nullable LocalDate date(
      List<FieldProblem> problems, String field, @Nullable String s) {
    String t = text(s);
    if (t.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "validation.date"));
      return null;
    }
  }

  private static @Nullable DayOfWeek day(String s) {
    String t = s.strip().toUpperCase(Locale.ROOT);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (t.length() >= 3 && d.name().startsWith(t)) {
        return d;
      }
    }
    return null;
  }

  /** Yes, no (in the region's languages too), or null when the word is not one of them. */
  private static @Nullable Boolean yes(@Nullable String s) {
    String t = text(s).toLowerCase(Locale.ROOT);
    return switch (t) {
      case "true", "yes", "on", "1", "da", "po", "да" -> Boolean.TRUE;
      case "", "false", "no", "off", "0", "ne", "jo", "не" -> Boolean.FALSE;
      default -> null;
    };
  }

  private static boolean website(String s) {
    try {
      URI uri = new URI(s);
      return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }
}
