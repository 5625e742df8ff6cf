package org.counterpart.core.demo;

/** Readable identifiers for generated cases and the persons in them, built without locales. */
final class CaseIds {

  private CaseIds() {}

  /** RS-2024-0000042 for the 42nd case of Serbia's stream, detected in 2024. */
  static String caseId(String country, int year, long index) {
    return country + '-' + year + '-' + zeroPadded(index + 1, 7);
  }

  static String personId(String caseId, int number) {
    return caseId + "-P" + number;
  }

  /** Digits padded by hand, since String.format would follow the default locale's digits. */
  static String zeroPadded(long value, int width) {
    String digits = Long.toString(value);
    if (digits.length() >= width) {
      return digits;
    }
    return "0".repeat(width - digits.length()) + digits;
  }
}
