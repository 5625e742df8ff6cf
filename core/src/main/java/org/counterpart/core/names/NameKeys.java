package org.counterpart.core.names;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Provisional name keys; replaced by the full rule set. */
public final class NameKeys {

  private static final ThreadLocal<Transliterator> TO_LATIN =
      ThreadLocal.withInitial(
          () ->
              Transliterator.createFromRules(
                  "region-latin",
                  "Ђ>Đ; ђ>đ; Ћ>Ć; ћ>ć; Ѓ>Gj; ѓ>gj; Ќ>Kj; ќ>kj; Љ>Lj; љ>lj; Њ>Nj; њ>nj; Џ>Dž; џ>dž;"
                      + " Ѕ>Dz; ѕ>dz; Ј>J; ј>j; Ж>Ž; ж>ž; Ч>Č; ч>č; Ш>Š; ш>š; Ц>C; ц>c; Х>H; х>h;"
                      + " ::Any-Latin; ::NFC;",
                  Transliterator.FORWARD));

  private NameKeys() {}

  public static String latin(String any) {
    return TO_LATIN.get().transliterate(Normalizer.normalize(any, Normalizer.Form.NFC));
  }

  public static String folded(String any) {
    String s = latin(any).toLowerCase(Locale.ROOT);
    s = s.replace("đ", "dj").replace("dž", "dz").replace("ǆ", "dz");
    s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s = s.replaceAll("[^a-z0-9]+", " ").trim();
    return s;
  }

  public static List<String> tokens(String name) {
    List<String> out = new ArrayList<>();
    for (String t : folded(name).split(" ")) {
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  public static String skeleton(String token) {
    String s = token;
    s =
        s.replace("tch", "c")
            .replace("ch", "c")
            .replace("dj", "d")
            .replace("gj", "d")
            .replace("xh", "d")
            .replace("dz", "d")
            .replace("kj", "c")
            .replace("zh", "z")
            .replace("sh", "s")
            .replace("q", "c")
            .replace("lj", "l")
            .replace("nj", "n");
    s = s.replaceAll("(.)\\1+", "$1");
    return s;
  }

  public static List<String> skeletons(String name) {
    return tokens(name).stream().map(NameKeys::skeleton).toList();
  }
}
