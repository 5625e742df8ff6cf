package org.counterpart.core.demo;

/** Sex as recorded in identity documents, which drives given names and gendered surnames. */
public enum Sex {
  MALE,
  FEMALE;

  /** The HTCDS {@code prs_Gender} value name for this sex. */
  public String htcdsValue() {
    return this == MALE ? "Masculine" : "Feminine";
  }
}
