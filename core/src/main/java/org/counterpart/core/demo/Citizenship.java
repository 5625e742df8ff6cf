package org.counterpart.core.demo;

import java.util.List;

/**
 * What a country's citizens carry: mobile numbers from the operators' real ranges and a document
 * number shaped like that country's passports ('#' a digit, '@' a letter, anything else literal).
 */
record Citizenship(
    String country,
    String callingCode,
    List<String> mobilePrefixes,
    int subscriberDigits,
    String documentPattern) {

  private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

  static final List<Citizenship> ALL =
      List.of(
          new Citizenship(
              "AL",
              "355",
              List.of("692", "694", "695", "696", "697", "682", "684", "686", "672", "677"),
              6,
              "@@#######"),
          new Citizenship("BA", "387", List.of("61", "62", "63", "65", "66"), 6, "@#######"),
          new Citizenship("ME", "382", List.of("67", "68", "69"), 6, "@@######"),
          new Citizenship(
              "MK", "389", List.of("70", "71", "72", "75", "76", "77", "78"), 6, "@#######"),
          new Citizenship(
              "RS", "381", List.of("60", "61", "62", "63", "64", "65", "66"), 7, "#########"),
          new Citizenship("XK", "383", List.of("43", "44", "45", "48", "49"), 6, "P########"),
          new Citizenship("AF", "93", List.of("70", "72", "77", "78", "79"), 7, "P########"),
          new Citizenship(
              "PK", "92", List.of("300", "301", "303", "321", "333", "345"), 7, "@@#######"),
          new Citizenship("BD", "880", List.of("17", "18", "19", "15", "13"), 8, "@@#######"),
          new Citizenship("NP", "977", List.of("980", "981", "984", "985", "986"), 7, "PA#######"),
          new Citizenship("IN", "91", List.of("98", "99", "97", "96", "90"), 8, "@#######"),
          new Citizenship("SY", "963", List.of("93", "94", "95", "96", "98", "99"), 7, "N########"),
          new Citizenship("IQ", "964", List.of("750", "770", "780", "790", "751"), 7, "A########"),
          new Citizenship("MA", "212", List.of("61", "66", "67", "65", "70"), 7, "@@#######"),
          new Citizenship("TR", "90", List.of("53", "54", "55"), 8, "U########"),
          new Citizenship(
              "UA", "380", List.of("50", "63", "66", "67", "68", "73", "93", "97"), 7, "@@######"),
          new Citizenship("VN", "84", List.of("90", "91", "93", "96", "97", "98"), 7, "@#######"));

  /** The region's six nodes. */
  static final List<String> REGION = List.of("AL", "BA", "ME", "MK", "RS", "XK");

  static Citizenship of(String country) {
    for (Citizenship citizenship : ALL) {
      if (citizenship.country.equals(country)) {
        return citizenship;
      }
    }
    throw new IllegalArgumentException("No citizenship data for " + country);
  }

  static boolean isRegional(String country) {
    return REGION.contains(country);
  }

  String mobileNumber(SplitMix rnd) {
    StringBuilder number = new StringBuilder(16).append('+').append(callingCode);
    number.append(rnd.pick(mobilePrefixes));
    appendDigits(number, subscriberDigits, rnd);
    return number.toString();
  }

  String documentNumber(SplitMix rnd) {
    StringBuilder number = new StringBuilder(documentPattern.length());
    for (int i = 0; i < documentPattern.length(); i++) {
      char slot = documentPattern.charAt(i);
      switch (slot) {
        case '#' -> number.append((char) ('0' + rnd.nextInt(10)));
        case '@' -> number.append(LETTERS.charAt(rnd.nextInt(LETTERS.length())));
        default -> number.append(slot);
      }
    }
    return number.toString();
  }

  private static void appendDigits(StringBuilder into, int count, SplitMix rnd) {
    for (int i = 0; i < count; i++) {
      into.append((char) ('0' + rnd.nextInt(10)));
    }
  }
}
