package org.counterpart.core.demo;

/** Writes a name from the lists the way one register would, variants and all. */
final class NameRenderer {

  /** A name as written in one place. */
  record Name(String given, String surname) {

    Script script() {
      return isCyrillic(given) || isCyrillic(surname) ? Script.CYRILLIC : Script.LATIN;
    }

    Name swapped() {
      return new Name(surname, given);
    }
  }

  private static final String[][] FEMININE_ENDINGS = {
    {"ски", "ска"},
    {"цки", "цка"},
    {"ов", "ова"},
    {"ев", "ева"},
    {"ин", "ина"},
    {"skyi", "ska"},
    {"skiy", "ska"},
    {"sky", "ska"},
    {"ov", "ova"},
    {"ev", "eva"},
    {"in", "ina"}
  };

  private NameRenderer() {}

  /** The name in the given spelling, with a transcription variant and ASCII style drawn. */
  static Name render(
      Community community,
      Sex sex,
      String givenEntry,
      String surnameEntry,
      Spelling spelling,
      SplitMix rnd) {
    AsciiStyle style = spelling == Spelling.ASCII ? asciiStyle(rnd) : AsciiStyle.STANDARD;
    String given = variant(givenEntry, rnd);
    String surname = gendered(community, sex, variant(surnameEntry, rnd));
    Orthography source = community.orthography();
    return new Name(
        Transliteration.convert(given, source, spelling, style),
        Transliteration.convert(surname, source, spelling, style));
  }

  /** The name as the community writes it itself, with the usual variant: the test truth. */
  static Name canonical(Community community, Sex sex, String givenEntry, String surnameEntry) {
    return new Name(firstVariant(givenEntry), gendered(community, sex, firstVariant(surnameEntry)));
  }

  /** A slip of the keyboard: two letters swapped, one doubled or one dropped, never the first. */
  static String typo(String name, SplitMix rnd) {
    if (name.length() < 4) {
      return name;
    }
    int at = rnd.between(1, name.length() - 2);
    return switch (rnd.nextInt(3)) {
      case 0 ->
          name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
      case 1 -> name.substring(0, at + 1) + name.substring(at);
      default -> name.substring(0, at) + name.substring(at + 1);
    };
  }

  static boolean isCyrillic(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0400' && c <= '\u052F') {
        return true;
      }
    }
    return false;
  }

  private static AsciiStyle asciiStyle(SplitMix rnd) {
    int ticket = rnd.nextInt(100);
    return ticket < 72
        ? AsciiStyle.STANDARD
        : ticket < 92 ? AsciiStyle.PLAIN_D : AsciiStyle.ENGLISH;
  }

  /** The usual transcription more often than not, otherwise one of the others. */
  private static String variant(String entry, SplitMix rnd) {
    int bar = entry.indexOf('|');
    if (bar < 0 || rnd.percent(55)) {
      return bar < 0 ? entry : entry.substring(0, bar);
    }
    String[] variants = entry.split("\\|");
    return variants[rnd.between(1, variants.length - 1)];
  }

  private static String firstVariant(String entry) {
    int bar = entry.indexOf('|');
    return bar < 0 ? entry : entry.substring(0, bar);
  }

  private static String gendered(Community community, Sex sex, String surname) {
    return sex == Sex.FEMALE && community.gendersSurnames() ? feminine(surname) : surname;
  }

  /** Ѓорѓиевски to Ѓорѓиевска, Петров to Петрова, Kovalskyi to Kovalska. */
  static String feminine(String surname) {
    for (String[] ending : FEMININE_ENDINGS) {
      if (surname.endsWith(ending[0])) {
        return surname.substring(0, surname.length() - ending[0].length()) + ending[1];
      }
    }
    return surname;
  }
}
