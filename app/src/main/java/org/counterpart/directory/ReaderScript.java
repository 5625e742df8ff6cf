package org.counterpart.directory;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.counterpart.core.names.NameKeys;

/**
 * Text of a directory entry in the reader's script. A reader of a Latin-script language reads
 * Cyrillic entries in the region's Latin; a reader of Serbian in Cyrillic or of Macedonian reads
 * the Latin entries of countries whose language is also written in Cyrillic (Serbia, Montenegro,
 * Bosnia and Herzegovina) in Serbian Cyrillic, by Vuk's one-letter-per-sound table. Albanian and
 * English entries, acronyms (ILECU, MARRI) and words with letters Serbian lacks (q, w, x, y) stay
 * as written.
 */
public final class ReaderScript {

  /** Countries whose Latin entries a Cyrillic reader reads in Cyrillic. */
  private static final Set<String> BOTH_SCRIPTS = Set.of("RS", "ME", "BA");

  private static final String RULES =
      """
      LJ > Љ ; Lj > Љ ; lj > љ ; NJ > Њ ; Nj > Њ ; nj > њ ;
      DŽ > Џ ; Dž > Џ ; dž > џ ;
      A > А ; a > а ; B > Б ; b > б ; C > Ц ; c > ц ; Č > Ч ; č > ч ; Ć > Ћ ; ć > ћ ;
      D > Д ; d > д ; Đ > Ђ ; đ > ђ ; E > Е ; e > е ; F > Ф ; f > ф ; G > Г ; g > г ;
      H > Х ; h > х ; I > И ; i > и ; J > Ј ; j > ј ; K > К ; k > к ; L > Л ; l > л ;
      M > М ; m > м ; N > Н ; n > н ; O > О ; o > о ; P > П ; p > п ; R > Р ; r > р ;
      S > С ; s > с ; Š > Ш ; š > ш ; T > Т ; t > т ; U > У ; u > у ; V > В ; v > в ;
      Z > З ; z > з ; Ž > Ж ; ž > ж ;
      """;

  private static final Transliterator TO_CYRILLIC =
      Transliterator.createFromRules("Serbian-Latin-Cyrillic", RULES, Transliterator.FORWARD);

  /** A word of Latin letters (with the region's diacritics). */
  private static final Pattern WORD = Pattern.compile("\\p{IsLatin}+");

  private ReaderScript() {}

  /** True when the reader's language is written in Cyrillic here. */
  public static boolean cyrillicReader(Locale reader) {
    return reader.toLanguageTag().equals("sr-Cyrl") || reader.getLanguage().equals("mk");
  }

  /** The text of an entry of {@code country} as the reader reads it. */
  public static String forReader(String text, String country, Locale reader) {
    if (!cyrillicReader(reader)) {
      return NameKeys.latin(text);
    }
    if (!BOTH_SCRIPTS.contains(country)) {
      return text;
    }
    Matcher m = WORD.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String word = m.group();
      boolean acronym = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
      boolean foreign = word.chars().anyMatch(c -> "qwxyQWXY".indexOf(c) >= 0);
      m.appendReplacement(
          out,
          Matcher.quoteReplacement(acronym || foreign ? word : TO_CYRILLIC.transliterate(word)));
    }
    m.appendTail(out);
    return out.toString();
  }
}
