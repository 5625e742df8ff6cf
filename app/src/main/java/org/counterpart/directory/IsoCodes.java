package org.counterpart.directory;

import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Languages by ISO 639 code (two letters where 639-1 has one, else three: "prs" for Dari) and
 * countries by ISO 3166 alpha-2 (XK for Kosovo), named in the reader's language by ICU's CLDR data.
 */
public final class IsoCodes {

  private static final Set<String> COUNTRIES =
      java.util.stream.Stream.concat(
              Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).stream(),
              java.util.stream.Stream.of("XK"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private IsoCodes() {}

  /**
   * The ISO 639 code of a language given by code ("ps", "PUS" as 639-2 becomes "ps") or by its
   * English name ("Pashto"); empty when ICU does not know it as a language.
   */
  public static Optional<String> code(String raw) {
    String s = raw.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    if (s.matches("[A-Za-z]{2,3}")) {
      String code = new ULocale(s.toLowerCase(Locale.ROOT)).getLanguage();
      // ICU echoes the code back when it has no name for it: not a language it knows.
      String name = ULocale.getDisplayLanguage(code, ULocale.ENGLISH);
      if (!name.equalsIgnoreCase(code) && !name.isBlank()) {
        return Optional.of(code);
      }
      return Optional.empty();
    }
    for (String code : ULocale.getISOLanguages()) {
      if (ULocale.getDisplayLanguage(code, ULocale.ENGLISH).equalsIgnoreCase(s)) {
        return Optional.of(code);
      }
    }
    return Optional.empty();
  }

  /** A country code if it is one (XK included). */
  public static Optional<String> country(String raw) {
    String s = raw.strip().toUpperCase(Locale.ROOT);
    return COUNTRIES.contains(s) ? Optional.of(s) : Optional.empty();
  }

  /** The language's name in the reader's locale. */
  public static String languageName(String code, Locale reader) {
    return ULocale.getDisplayLanguage(code, readerLocale(reader));
  }

  /** The country's name in the reader's locale. */
  public static String countryName(String code, Locale reader) {
    return ULocale.getDisplayCountry("und_" + code, readerLocale(reader));
  }

  /**
   * ICU has no names in Montenegrin: its Latin Serbian for Montenegro is the closest and what a
   * Montenegrin reader expects.
   */
  static ULocale readerLocale(Locale reader) {
    if (reader.getLanguage().equals("cnr")) {
      return new ULocale("sr_Latn_ME");
    }
    return ULocale.forLocale(reader);
  }
}
