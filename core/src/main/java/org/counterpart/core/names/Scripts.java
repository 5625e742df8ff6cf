package org.counterpart.core.names;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * Transliteration of any script into Latin with diacritics, choosing the Cyrillic romanisation by
 * the letters a name contains.
 *
 * <p>Transliterators are built once and shared. ICU documents them as stateless and safe to share
 * between threads without synchronisation (rule-based ones take a lock on their rule data inside
 * {@code transliterate}); per-thread instances made no measurable difference on a parallel run.
 */
final class Scripts {

  /**
   * Serbian and Macedonian Cyrillic to the region's Latin: Gaj's alphabet for the Serbian letters
   * (ђ đ, ћ ć, џ dž, љ lj, њ nj, ј j) and North Macedonia's official romanisation for the letters
   * Serbian lacks (ѓ gj, ќ kj, ѕ dz). ICU's Serbian-Latin/BGN and Macedonian-Latin/BGN each leave
   * the other language's letters in Cyrillic, and Any-Latin writes Ǵ, Ḱ and L̂ instead of gj, kj
   * and lj, so the table is written out here. A letter written as two is in capitals inside an
   * all-capitals word (ЉУБИЦА as LJUBICA), otherwise only its first letter is (Љубица as Ljubica).
   */
  private static final String REGION_RULES =
      """
      $U = [:Lu:] ;
      Љ } $U > LJ ; $U { Љ > LJ ; Љ > Lj ; љ > lj ;
      Њ } $U > NJ ; $U { Њ > NJ ; Њ > Nj ; њ > nj ;
      Џ } $U > DŽ ; $U { Џ > DŽ ; Џ > Dž ; џ > dž ;
      Ѓ } $U > GJ ; $U { Ѓ > GJ ; Ѓ > Gj ; ѓ > gj ;
      Ќ } $U > KJ ; $U { Ќ > KJ ; Ќ > Kj ; ќ > kj ;
      Ѕ } $U > DZ ; $U { Ѕ > DZ ; Ѕ > Dz ; ѕ > dz ;
      А > A ; а > a ; Б > B ; б > b ; В > V ; в > v ; Г > G ; г > g ; Д > D ; д > d ;
      Ђ > Đ ; ђ > đ ; Е > E ; е > e ; Ж > Ž ; ж > ž ; З > Z ; з > z ; И > I ; и > i ;
      Ј > J ; ј > j ; К > K ; к > k ; Л > L ; л > l ; М > M ; м > m ; Н > N ; н > n ;
      О > O ; о > o ; П > P ; п > p ; Р > R ; р > r ; С > S ; с > s ; Т > T ; т > t ;
      Ћ > Ć ; ћ > ć ; У > U ; у > u ; Ф > F ; ф > f ; Х > H ; х > h ; Ц > C ; ц > c ;
      Ч > Č ; ч > č ; Ш > Š ; ш > š ;
      """;

  /**
   * Ukrainian and Russian passports leave the soft sign out, where ICU's BGN tables write a prime
   * (Olʹga); the rare hard sign goes with it.
   */
  private static final String NO_SIGNS = "[ьЬъЪ] > ; ";

  private static final Transliterator REGION =
      Transliterator.createFromRules("Region-Latin", REGION_RULES, Transliterator.FORWARD);
  private static final Transliterator UKRAINIAN =
      Transliterator.createFromRules(
          "Ukrainian-Passport", NO_SIGNS + ":: Ukrainian-Latin/BGN ;", Transliterator.FORWARD);
  private static final Transliterator RUSSIAN =
      Transliterator.createFromRules(
          "Russian-Passport", NO_SIGNS + ":: Russian-Latin/BGN ;", Transliterator.FORWARD);
  private static final Transliterator ANY = Transliterator.getInstance("Any-Latin");

  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  /** Letters only Serbian or Macedonian Cyrillic has. */
  private static final String REGION_LETTERS = "ђћјљњџѓќѕЂЋЈЉЊЏЃЌЅ";

  /** Letters only Ukrainian has among the Cyrillic alphabets met here. */
  private static final String UKRAINIAN_LETTERS = "іїєґІЇЄҐ";

  /** Letters Russian (and Ukrainian) have and Serbian and Macedonian lack. */
  private static final String EAST_SLAVIC_LETTERS = "йщъыьэюяёЙЩЪЫЬЭЮЯЁ";

  private Scripts() {}

  /**
   * The text in Latin letters, NFC. Compatibility forms become ordinary letters first (NFKC: the
   * single-character digraphs ǆ ǉ ǌ, full-width letters, ligatures).
   *
   * <p>The Cyrillic romanisation is chosen by the whole text, since a name is written in one
   * language: Serbian and Macedonian unless it has a letter of Ukrainian (і ї є ґ), or of Russian
   * and none of the region's own (ђ ћ ј љ њ џ ѓ ќ ѕ). Names made only of the letters the alphabets
   * share (Петров, Иван) come out the same either way, except for г, и and х, which the region
   * reads as g, i and h.
   */
  static String toLatin(String text) {
    String s = NFKC.normalize(text);
    boolean cyrillic = false;
    boolean other = false;
    boolean region = false;
    boolean ukrainian = false;
    boolean eastSlavic = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      if (script == Character.UnicodeScript.CYRILLIC) {
        cyrillic = true;
        region |= REGION_LETTERS.indexOf(cp) >= 0;
        ukrainian |= UKRAINIAN_LETTERS.indexOf(cp) >= 0;
        eastSlavic |= EAST_SLAVIC_LETTERS.indexOf(cp) >= 0;
      } else if (!isLatinOrNeutral(script)) {
        other = true;
      }
      i += Character.charCount(cp);
    }
    if (!cyrillic && !other) {
      return s;
    }
    if (cyrillic) {
      Transliterator cyrillicToLatin =
          region ? REGION : ukrainian ? UKRAINIAN : eastSlavic ? RUSSIAN : REGION;
      s = cyrillicToLatin.transliterate(s);
      // A Russian letter inside a regional name is left by the regional table.
      if (cyrillicToLatin == REGION && hasCyrillic(s)) {
        s = RUSSIAN.transliterate(s);
      }
    }
    if (other || hasCyrillic(s)) {
      s = ANY.transliterate(s);
    }
    return NFC.normalize(s);
  }

  private static boolean isLatinOrNeutral(Character.UnicodeScript script) {
    return script == Character.UnicodeScript.LATIN
        || script == Character.UnicodeScript.COMMON
        || script == Character.UnicodeScript.INHERITED
        || script == Character.UnicodeScript.UNKNOWN;
  }

  private static boolean hasCyrillic(String s) {
    return s.codePoints()
        .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC);
  }
}
