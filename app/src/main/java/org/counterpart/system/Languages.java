package org.counterpart.system;

import java.util.List;
import java.util.Locale;

/** The languages and scripts of the user interface, as BCP 47 tags. */
public final class Languages {

  /** English, Albanian, Serbian (Latin and Cyrillic), Macedonian, Bosnian, Montenegrin. */
  public static final List<String> TAGS =
      List.of("en", "sq", "sr-Latn", "sr-Cyrl", "mk", "bs", "cnr");

  private Languages() {}

  /** The supported locale closest to {@code requested}; Serbian without a script is Cyrillic. */
  public static Locale closest(Locale requested) {
    String tag = requested.toLanguageTag();
    if (TAGS.contains(tag)) {
      return requested;
    }
    String language = requested.getLanguage();
    if ("sr".equals(language)) {
      return Locale.forLanguageTag("Latn".equals(requested.getScript()) ? "sr-Latn" : "sr-Cyrl");
    }
    if ("hr".equals(language) || "sh".equals(language)) {
      return Locale.forLanguageTag("bs");
    }
    for (String candidate : TAGS) {
      if (candidate.equals(language)) {
        return Locale.forLanguageTag(candidate);
      }
    }
    return Locale.ENGLISH;
  }
}
