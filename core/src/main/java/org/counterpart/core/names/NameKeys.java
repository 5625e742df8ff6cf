package org.counterpart.core.names;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keys of personal names for search and record linkage, from the exact to the coarse: Latin with
 * diacritics, folded ASCII, tokens and spelling-insensitive skeletons.
 *
 * <p>The folded form keeps apart names that are different names (Kolić and Čolić fold to kolic and
 * colic only because passports drop the háček); the skeleton is deliberately coarser and merges the
 * spellings one name really has in the region's registers and passports (Đorđević, Djordjevic,
 * Dordevic, Gjorgjeviq, Djordjevich). Compare folded forms to confirm, skeletons to find
 * candidates. All methods are thread-safe.
 */
public final class NameKeys {

  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  /** Latin letters without a decomposition (ł, ø, æ, ß, ı ...) after accents are stripped. */
  private static final Transliterator LATIN_ASCII = Transliterator.getInstance("Latin-ASCII");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /**
   * Apostrophes, Arabic ʿayn and hamza signs and the primes of Cyrillic soft signs are dropped, not
   * turned into spaces: passports' machine-readable zones omit apostrophes (ICAO Doc 9303, so
   * D'Souza is DSOUZA there), and Sa'id, Saʿid and Said are one name.
   */
  private static final Pattern APOSTROPHES = Pattern.compile("['`´‘’‛ʹʺʻʼʽʾʿ]|\\p{Lm}");

  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
  private static final Pattern ASCII_ALPHANUMERIC = Pattern.compile("[a-z0-9]*");

  private NameKeys() {}

  /**
   * Any script to the region's Latin with diacritics, NFC: Ђорђевић -> Đorđević, Ѓорѓиевски ->
   * Gjorgjievski (Macedonian ѓ->gj, ќ->kj, ѕ->dz, џ->dž, љ->lj, њ->nj, ј->j), Ukrainian/Russian
   * Cyrillic via ICU.
   *
   * <p>Latin text is only normalised (NFKC, which also turns the one-character digraphs ǆ, ǉ and ǌ
   * into two letters); Ukrainian and Russian follow ICU's BGN tables without the soft sign (Юрій ->
   * Yuriy, Ольга -> Olga), other scripts ICU's Any-Latin. Case and spaces are kept.
   */
  public static String latin(String any) {
    return Scripts.toLatin(any);
  }

  /**
   * Lower-case ASCII with the region's rules: đ->dj, ć->c, č->c, š->s, ž->z, dž->dz, ë->e, ç->c,
   * ś->s, ź->z, and every other diacritic removed; punctuation to spaces; whitespace collapsed.
   *
   * <p>Apostrophes are removed rather than turned into spaces (O'Brien -> obrien), as passports do.
   * Đ becomes dj, the form Serbian ASCII and Serbian passports use; ICU's Latin-ASCII would write a
   * plain d and lose the difference between Đukić and Dukić.
   */
  public static String folded(String any) {
    String s = latin(any).toLowerCase(Locale.ROOT).replace("đ", "dj");
    s = MARKS.matcher(NFD.normalize(s)).replaceAll("");
    if (!isAscii(s)) {
      s = LATIN_ASCII.transliterate(s).toLowerCase(Locale.ROOT);
    }
    s = APOSTROPHES.matcher(s).replaceAll("");
    return NOT_ALPHANUMERIC.matcher(s).replaceAll(" ").strip();
  }

  /**
   * Folded name split into tokens on spaces, hyphens and apostrophes, empty tokens dropped.
   *
   * <p>Folding has already turned hyphens into spaces and removed apostrophes, so Al-Ahmad gives
   * [al, ahmad] and D'Souza gives [dsouza].
   */
  public static List<String> tokens(String name) {
    String folded = folded(name);
    return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
  }

  /**
   * Spelling-insensitive key of ONE folded token, so that the variants that really occur collide.
   *
   * <p>Đorđević, Djordjevic, Dordevic, Gjorgjeviq and Djordjevitch share dordevic; Mohammad,
   * Muhammad and Mohammed share muhamet. The rules and why each exists are in {@code Skeleton}. A
   * token that is not folded yet is folded first and its spaces removed. The skeleton of a skeleton
   * is itself.
   */
  public static String skeleton(String token) {
    String folded =
        ASCII_ALPHANUMERIC.matcher(token).matches() ? token : folded(token).replace(" ", "");
    return Skeleton.of(folded);
  }

  /** skeleton() of every token of a name, in order. */
  public static List<String> skeletons(String name) {
    return tokens(name).stream().map(Skeleton::of).toList();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7F) {
        return false;
      }
    }
    return true;
  }
}
