package org.counterpart.core.demo;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Turns a name from its source orthography into the spelling a record-keeping system uses. */
final class Transliteration {

  private static final RuleTable GAJ_TO_SERBIAN_CYRILLIC_BASE =
      RuleTable.of(
          "a", "а", "b", "б", "c", "ц", "č", "ч", "ć", "ћ", "d", "д", "dž", "џ", "đ", "ђ", "e", "е",
          "f", "ф", "g", "г", "h", "х", "i", "и", "j", "ј", "k", "к", "l", "л", "lj", "љ", "m", "м",
          "n", "н", "nj", "њ", "o", "о", "p", "п", "r", "р", "s", "с", "š", "ш", "t", "т", "u", "у",
          "v", "в", "z", "з", "ž", "ж");
  private static final RuleTable SERBIAN_CYRILLIC_TO_GAJ = GAJ_TO_SERBIAN_CYRILLIC_BASE.inverse();
  // Letters outside Gaj's alphabet are added after inverting, so кс never turns back into x.
  private static final RuleTable GAJ_TO_SERBIAN_CYRILLIC =
      GAJ_TO_SERBIAN_CYRILLIC_BASE.with(
          "q", "к", "w", "в", "x", "кс", "y", "и", "ś", "сј", "ź", "зј");
  private static final RuleTable GAJ_TO_MACEDONIAN_CYRILLIC =
      GAJ_TO_SERBIAN_CYRILLIC.with("đ", "ѓ", "ć", "ќ", "dz", "ѕ");
  private static final RuleTable GAJ_TO_ALBANIAN =
      RuleTable.of("č", "ç", "ć", "q", "đ", "gj", "dž", "xh", "š", "sh", "ž", "zh", "ś", "sh");
  private static final RuleTable GAJ_TO_MACEDONIAN_LATIN = RuleTable.of("đ", "gj", "ć", "kj");
  private static final RuleTable GAJ_TO_ASCII =
      RuleTable.of("č", "c", "ć", "c", "đ", "dj", "š", "s", "ž", "z", "ś", "s", "ź", "z");
  private static final RuleTable GAJ_TO_ASCII_PLAIN_D = GAJ_TO_ASCII.with("đ", "d");
  private static final RuleTable GAJ_TO_ASCII_ENGLISH =
      GAJ_TO_ASCII.with("č", "ch", "ć", "ch", "š", "sh", "ž", "zh", "dž", "dzh");

  private static final RuleTable MACEDONIAN_TO_LATIN =
      RuleTable.of(
          "а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "ѓ", "gj", "е", "e", "ж", "ž", "з", "z",
          "ѕ", "dz", "и", "i", "ј", "j", "к", "k", "л", "l", "љ", "lj", "м", "m", "н", "n", "њ",
          "nj", "о", "o", "п", "p", "р", "r", "с", "s", "т", "t", "ќ", "kj", "у", "u", "ф", "f",
          "х", "h", "ц", "c", "ч", "č", "џ", "dž", "ш", "š");
  private static final RuleTable MACEDONIAN_TO_GAJ = MACEDONIAN_TO_LATIN.with("ѓ", "đ", "ќ", "ć");
  // The official Macedonian romanisation used in passports since 2008.
  private static final RuleTable MACEDONIAN_TO_PASSPORT =
      MACEDONIAN_TO_LATIN.with("ж", "zh", "ч", "ch", "џ", "dj", "ш", "sh");
  private static final RuleTable MACEDONIAN_TO_ALBANIAN =
      MACEDONIAN_TO_LATIN.with("ќ", "q", "ж", "zh", "ч", "ç", "џ", "xh", "ш", "sh", "ѕ", "x");
  private static final RuleTable MACEDONIAN_TO_SERBIAN_CYRILLIC =
      RuleTable.of("ѓ", "ђ", "ќ", "ћ", "ѕ", "дз");

  private static final RuleTable ALBANIAN_TO_GAJ =
      RuleTable.of(
          "xh", "dž", "zh", "ž", "sh", "š", "ç", "č", "q", "ć", "gj", "đ", "dh", "d", "th", "t",
          "ll", "l", "rr", "r", "x", "dz", "y", "i", "ë", "e");
  private static final RuleTable ALBANIAN_TO_MACEDONIAN_CYRILLIC =
      RuleTable.of(
          "a", "а", "b", "б", "c", "ц", "ç", "ч", "d", "д", "dh", "д", "e", "е", "ë", "е", "f", "ф",
          "g", "г", "gj", "ѓ", "h", "х", "i", "и", "j", "ј", "k", "к", "l", "л", "ll", "л", "m",
          "м", "n", "н", "nj", "њ", "o", "о", "p", "п", "q", "ќ", "r", "р", "rr", "р", "s", "с",
          "sh", "ш", "t", "т", "th", "т", "u", "у", "v", "в", "x", "ѕ", "xh", "џ", "y", "и", "z",
          "з", "zh", "ж");
  private static final RuleTable ALBANIAN_TO_ASCII = RuleTable.of("ë", "e", "ç", "c");
  private static final RuleTable ALBANIAN_TO_ASCII_ENGLISH = ALBANIAN_TO_ASCII.with("ç", "ch");

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

  private Transliteration() {}

  static String convert(String name, Orthography from, Spelling to, AsciiStyle style) {
    return switch (from) {
      case GAJ_LATIN -> fromGaj(name, to, style);
      case MACEDONIAN_CYRILLIC -> fromMacedonian(name, to, style);
      case ALBANIAN -> fromAlbanian(name, to, style);
      // Registers keep foreign names as the passport's Latin transcription, whatever their script.
      case FOREIGN_LATIN -> to == Spelling.ASCII ? foldToAscii(name) : name;
    };
  }

  private static String fromGaj(String name, Spelling to, AsciiStyle style) {
    return switch (to) {
      case SERBIAN_CYRILLIC -> GAJ_TO_SERBIAN_CYRILLIC.apply(name);
      case MACEDONIAN_CYRILLIC -> GAJ_TO_MACEDONIAN_CYRILLIC.apply(name);
      case GAJ_LATIN -> name;
      case MACEDONIAN_LATIN -> GAJ_TO_MACEDONIAN_LATIN.apply(name);
      case ALBANIAN -> GAJ_TO_ALBANIAN.apply(name);
      case ASCII -> gajToAscii(name, style);
    };
  }

  private static String fromMacedonian(String name, Spelling to, AsciiStyle style) {
    return switch (to) {
      case SERBIAN_CYRILLIC -> MACEDONIAN_TO_SERBIAN_CYRILLIC.apply(name);
      case MACEDONIAN_CYRILLIC -> name;
      case GAJ_LATIN -> MACEDONIAN_TO_GAJ.apply(name);
      case MACEDONIAN_LATIN -> MACEDONIAN_TO_LATIN.apply(name);
      case ALBANIAN -> MACEDONIAN_TO_ALBANIAN.apply(name);
      case ASCII ->
          style == AsciiStyle.STANDARD
              ? MACEDONIAN_TO_PASSPORT.apply(name)
              : gajToAscii(MACEDONIAN_TO_GAJ.apply(name), style);
    };
  }

  private static String fromAlbanian(String name, Spelling to, AsciiStyle style) {
    return switch (to) {
      case SERBIAN_CYRILLIC -> GAJ_TO_SERBIAN_CYRILLIC.apply(ALBANIAN_TO_GAJ.apply(name));
      case MACEDONIAN_CYRILLIC -> ALBANIAN_TO_MACEDONIAN_CYRILLIC.apply(name);
      case GAJ_LATIN -> ALBANIAN_TO_GAJ.apply(name);
      case MACEDONIAN_LATIN -> GAJ_TO_MACEDONIAN_LATIN.apply(ALBANIAN_TO_GAJ.apply(name));
      case ALBANIAN -> name;
      case ASCII ->
          style == AsciiStyle.ENGLISH
              ? ALBANIAN_TO_ASCII_ENGLISH.apply(name)
              : ALBANIAN_TO_ASCII.apply(name);
    };
  }

  private static String gajToAscii(String name, AsciiStyle style) {
    return switch (style) {
      case STANDARD -> GAJ_TO_ASCII.apply(name);
      case PLAIN_D -> GAJ_TO_ASCII_PLAIN_D.apply(name);
      case ENGLISH -> GAJ_TO_ASCII_ENGLISH.apply(name);
    };
  }

  /** Strips accents the way machine-readable zones do; ı has no decomposition, so it is mapped. */
  static String foldToAscii(String name) {
    String decomposed = Normalizer.normalize(name.replace('ı', 'i'), Normalizer.Form.NFD);
    return COMBINING_MARKS.matcher(decomposed).replaceAll("");
  }
}
