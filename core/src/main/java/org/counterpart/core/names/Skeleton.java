package org.counterpart.core.names;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The spelling-insensitive key of one folded name token: one pass over a table of letters, ordered
 * rewrite rules, then two rules on the first and the last syllable.
 *
 * <p>Each rule merges spellings that really occur for one name in the region's registers and
 * passports or in the transcriptions of migrants' names, and is kept only where it does not merge
 * common distinct Balkan names (SkeletonTest checks a list of them). Known, accepted merges:
 * Đukić/Dukić and Đokić/Dokić (passports write Đ as plain D, so these cannot be told apart anyway),
 * Amar/Amer/Amir, Samir/Samer, Nora/Nura, Driton/Dritan.
 */
final class Skeleton {

  /**
   * Other orthographies' spellings of one letter of the region, replaced in one left-to-right pass
   * (where two start at the same place, the first listed wins).
   */
  private static final Map<String, String> LETTERS = new LinkedHashMap<>();

  static {
    // Č and ć fold to c; so do English tch and ch (Djordjevitch, Chela), Macedonian ќ as kj
    // (Kjosevski), Albanian q (Krasniqi, -iq for -ić), Russian and Ukrainian ц as ts, Hungarian cs
    // (Kovács). A plain k (Kosevski) is not merged: k and c are different letters in every
    // orthography here, and merging them would join Kolić and Čolić, Kosić and Ćosić. The Arabic q
    // of Tariq/Tarik and Qasim/Kasim is the price of Albanian q.
    letters("c", "tch", "ch", "kj", "ts", "cs", "q");
    // Dž, one sound with many spellings, becomes dz: English dzh, Albanian xh (Xhafer, Hoxha), and
    // folded dž (Džafer is dzafer); Macedonian ѕ (dz) joins it. It stays apart from đ, so that
    // Hoxha is not Hoda; North Macedonian passports' dj for џ is the one spelling lost.
    letters("dz", "dzh", "xh");
    // Đ: Serbian ASCII dj, Albanian and Macedonian gj (Gjorgjeviq, Gjorgjievski, ѓ), and the plain
    // D of passports (Dordevic), so all of them become d. Albanian dh is d too.
    letters("d", "dj", "gj", "dh");
    // Š and ž: English, Albanian, Russian sh and zh (Shehu, Zhuri), Hungarian sz and zs.
    letters("s", "sh", "sz");
    letters("z", "zh", "zs");
    // Transcription digraphs: kh (Khaled, Russian х) is the region's h, ph is f, th is t, gh
    // (Ghassan) is g. English ck is left alone: folded Vučković is vuckovic, not Vuković.
    letters("h", "kh");
    letters("f", "ph");
    letters("t", "th");
    letters("g", "gh");
    // Letters the region does not write: x is ks (Alexandar, Maxim), w is v (Walid, Wladimir).
    letters("ks", "x");
    letters("v", "w");
  }

  private static final Pattern LETTER =
      Pattern.compile(LETTERS.keySet().stream().collect(Collectors.joining("|")));

  /** Marks a rule that has no single letter it needs. */
  private static final char ANY = 0;

  /**
   * A rewrite rule; {@code needs} is a letter without which the pattern cannot match, so that most
   * tokens skip most rules.
   */
  private record Rule(char needs, Pattern pattern, String replacement) {
    String apply(String s) {
      return needs != ANY && s.indexOf(needs) < 0 ? s : pattern.matcher(s).replaceAll(replacement);
    }
  }

  private static Rule rule(char needs, String regex, String replacement) {
    return new Rule(needs, Pattern.compile(regex), replacement);
  }

  private static final List<Rule> RULES =
      List.of(
          // French transcriptions of Maghrebi names: ou before a vowel is w (Marouane/Marwan), a
          // mute e follows a final -an (Marouane, Soufiane/Sufyan, Imane/Iman); -ine is left alone,
          // since Emine and Emin are two names. French ou and English oo are u (Youssef, Mahmoud,
          // Noor); English ee is i (Kareem).
          rule('o', "ou(?=[aeio])", "v"),
          rule('n', "ane$", "an"),
          rule('o', "ou|oo", "u"),
          rule('e', "ee", "i"),
          // Y is j before a vowel at the start or after a vowel (Yusuf/Jusuf, Zakariya), else i
          // (Albanian y in Bytyçi and Hyseni, Ilyas/Ilias, Maryam/Mariam, Ukrainian -yi and -iy).
          rule('y', "(^|[aeiou])y(?=[aeiou])", "$1j"),
          rule('y', "y", "i"),
          // Doubled letters are written single in the region and doubled at will in transcriptions
          // (Hussein/Husein, Muhammad/Muhamed); Albanian ll and rr go with them.
          rule(ANY, "([a-z])\\1+", "$1"),
          // I and j as glides: Ukrainian initial i before a vowel is j (Iurii/Yurii, Iana/Yana); a
          // j between a consonant and a vowel is i (Sonja/Sonia, lj and nj alike); ij is i
          // (Marija/Maria, Danijel/Daniel, Mariya); a vowel's second half i is j (Haider/Hajdar,
          // Hussein/Husejn, Andrei/Andrej).
          rule('i', "^i(?=[aeou])", "j"),
          rule('j', "(?<=[^aeiou])j(?=[aeiou])", "i"),
          rule('j', "ij", "i"),
          rule('i', "i{2,}", "i"),
          rule('i', "(?<=[aeiou])i(?![aeiou])", "j"),
          // Ej and aj closing a syllable are one diphthong in transcriptions (Zeinab/Zainab,
          // Leila/Laila/Lejla, Heydar/Haidar/Hajdar); Dejan, with j before a vowel, keeps its e.
          rule('j', "ej(?![aeiou])", "aj"),
          // A final d is often heard and written t (Ahmed/Ahmet, Mehmed/Mehmet, Murad/Murat); a
          // final h after a is silent (Sarah/Sara, Abdullah/Abdulla, Ayah/Aya). After other vowels
          // it is kept, so that the last syllable stays closed and Saleh/Salih still meet.
          rule('d', "d$", "t"),
          rule('h', "ah$", "a"));

  private static final Pattern VOWELS = Pattern.compile("[aeiou]+");

  /**
   * Slavic surname endings (-ić, -ski, -cki, -ov, -ev and their feminines) mark tokens whose vowels
   * are spelled consistently and tell names apart (Rodić/Rudić, Tomić/Tomac, Popovski/Pupovski), so
   * the syllable rules below leave them alone.
   */
  private static final Pattern SLAVIC_SURNAME = Pattern.compile("(ic|[sc]k[ia]|[oe]va?)$");

  private Skeleton() {}

  private static void letters(String letter, String... spellings) {
    for (String spelling : spellings) {
      LETTERS.put(spelling, letter);
    }
  }

  /** The skeleton of a folded token (lower-case ASCII letters and digits). */
  static String of(String folded) {
    String s = LETTER.matcher(folded).replaceAll(m -> LETTERS.get(m.group()));
    for (Rule rule : RULES) {
      s = rule.apply(s);
    }
    return syllables(s);
  }

  /**
   * The vowels that transcriptions of Arabic, Persian and Turkish names disagree on, in tokens of
   * two syllables or more:
   *
   * <ul>
   *   <li>o in the first syllable is u (Mohammad/Muhammad, Omar/Umar, Osman/Usman);
   *   <li>the vowel of a closed last syllable is e, whatever it was (Ahmad/Ahmed, Hussain/Hussein,
   *       Yusuf/Yousef, Khalid/Khaled, Petar/Peter).
   * </ul>
   *
   * <p>Open last syllables and all middle ones keep their vowels, since there the region's names
   * differ: Marko/Marka/Mirko, Milena/Milana, Nina/Nena, Lina/Lena.
   */
  private static String syllables(String s) {
    if (SLAVIC_SURNAME.matcher(s).find()) {
      return s;
    }
    Matcher vowels = VOWELS.matcher(s);
    int groups = 0;
    int firstStart = 0;
    int firstEnd = 0;
    int lastStart = 0;
    int lastEnd = 0;
    while (vowels.find()) {
      if (groups++ == 0) {
        firstStart = vowels.start();
        firstEnd = vowels.end();
      }
      lastStart = vowels.start();
      lastEnd = vowels.end();
    }
    if (groups < 2) {
      return s;
    }
    StringBuilder b = new StringBuilder(s);
    if (lastEnd < s.length()) {
      b.replace(lastStart, lastEnd, "e");
    }
    for (int i = firstStart; i < firstEnd; i++) {
      if (b.charAt(i) == 'o') {
        b.setCharAt(i, 'u');
      }
    }
    return b.toString();
  }
}
