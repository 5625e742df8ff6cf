package org.counterpart.core.pprl;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a column holds, which decides how it is normalised and cut into features. */
public enum FieldKind {
  GIVEN_NAME,
  SURNAME,
  FULL_NAME,
  DATE,
  SEX,
  PHONE,
  DOCUMENT,
  PLATE,
  POSTCODE,
  TEXT;

  /** The name used in schema files: {@code given-name}, {@code surname}, ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<FieldKind> fromLabel(String label) {
    return Arrays.stream(values()).filter(k -> k.label().equals(label)).findFirst();
  }
}
