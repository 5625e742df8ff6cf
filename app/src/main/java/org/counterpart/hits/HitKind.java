package org.counterpart.hits;

import java.util.List;
import org.counterpart.core.pprl.Schema;
import org.jspecify.annotations.Nullable;

/**
 * What can be searched, each with the fields its encoding is built from and the lowest score that
 * counts as a hit. Identifiers (phones, documents) must agree almost whole; a person's encoding
 * tolerates spelling, script, order and date errors.
 */
public enum HitKind {
  PERSON(
      """
      {"id": "ref", "fields": [
        {"column": "given_name", "kind": "given-name"},
        {"column": "surname", "kind": "surname"},
        {"column": "birth_date", "kind": "date", "format": "yyyy-MM-dd"},
        {"column": "sex", "kind": "sex"}]}
      """,
      0.75),
  PHONE(
      """
      {"id": "ref", "fields": [{"column": "phone", "kind": "phone", "region": "$REGION"}]}
      """,
      0.9),
  DOCUMENT(
      """
      {"id": "ref", "fields": [{"column": "document", "kind": "document"}]}
      """,
      0.9);

  private final String schema;
  private final double minScore;

  HitKind(String schema, double minScore) {
    this.schema = schema;
    this.minScore = minScore;
  }

  /** The fields, local phone numbers read as in {@code region}'s numbering plan. */
  public Schema schema(String region) {
    return Schema.parse(schema.replace("$REGION", region));
  }

  /** Below this a candidate is no hit. */
  public double minScore() {
    return minScore;
  }

  public static @Nullable HitKind parse(@Nullable String value) {
    if (value == null) {
      return null;
    }
    for (HitKind kind : values()) {
      if (kind.name().equalsIgnoreCase(value.strip())) {
        return kind;
      }
    }
    return null;
  }

  /** The HTCDS gender as the encoder's sex, when it is one. */
  static @Nullable String sex(@Nullable String gender) {
    if (gender == null) {
      return null;
    }
    return switch (gender) {
      case "Feminine", "F", "f" -> "f";
      case "Masculine", "M", "m" -> "m";
      default -> null;
    };
  }

  static List<@Nullable String> person(
      String givenName, String surname, java.time.@Nullable LocalDate born, @Nullable String sex) {
    return java.util.Arrays.asList(
        givenName, surname, born == null ? null : born.toString(), sex(sex));
  }
}
