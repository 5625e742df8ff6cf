package org.counterpart.cooperation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.counterpart.system.FieldProblem;
import org.counterpart.system.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the fields of one form, collecting every problem so that the official sees them all at
 * once; {@link #done()} refuses the whole input if any was found, before anything is written.
 */
final class InputCheck {

  private final List<FieldProblem> problems = new ArrayList<>();

  /** A required text, stripped, of at most {@code max} characters. */
  String text(String field, @Nullable String value, int max) {
    String text = optional(field, value, max);
    if (text == null) {
      problem(field, "cooperation.error.required");
      return "";
    }
    return text;
  }

  /** An optional text, stripped; blank is null. */
  @Nullable String optional(String field, @Nullable String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > max) {
      problem(field, "cooperation.error.too-long");
    }
    return text;
  }

  /** A time of day as a form sends it (2026-03-05T09:30), in the region's time zone. */
  Instant time(String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      problem(field, "cooperation.error.required-time");
      return Instant.EPOCH;
    }
    try {
      return LocalDateTime.parse(value.strip()).atZone(Region.ZONE).toInstant();
    } catch (DateTimeParseException e) {
      problem(field, "cooperation.error.time");
      return Instant.EPOCH;
    }
  }

  LocalDate date(String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      problem(field, "cooperation.error.required-date");
      return LocalDate.EPOCH;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      problem(field, "cooperation.error.date");
      return LocalDate.EPOCH;
    }
  }

  /** One of the region's countries. */
  String country(String field, @Nullable String value) {
    String code = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    if (!Region.COUNTRIES.contains(code)) {
      problem(field, "cooperation.error.country");
    }
    return code;
  }

  @Nullable String email(String field, @Nullable String value) {
    String email = optional(field, value, 200);
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      problem(field, "cooperation.error.email");
    }
    return email;
  }

  /** A required choice of one id, which {@code known} must accept. */
  @Nullable UUID choice(
      String field, @Nullable String value, java.util.function.Predicate<UUID> known) {
    if (value == null || value.isBlank()) {
      problem(field, "cooperation.error.required-choice");
      return null;
    }
    try {
      UUID id = UUID.fromString(value.strip());
      if (known.test(id)) {
        return id;
      }
    } catch (IllegalArgumentException e) {
      // reported below like an unknown id
    }
    problem(field, "cooperation.error.unknown-choice");
    return null;
  }

  /** Refuses an end that comes before its start. */
  <T extends Comparable<? super T>> void order(String field, T start, T end) {
    if (problems.isEmpty() && end.compareTo(start) < 0) {
      problem(field, "cooperation.error.end-before-start");
    }
  }

  void problem(String field, String messageKey) {
    problems.add(new FieldProblem(field, messageKey));
  }

  /**
   * @throws InvalidInputException naming every field found wrong
   */
  void done() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** The lines of a text area, stripped, without blank ones. */
  static List<String> lines(@Nullable String value) {
    if (value == null) {
      return List.of();
    }
    return value.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
