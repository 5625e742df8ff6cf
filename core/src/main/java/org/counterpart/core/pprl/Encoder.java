package org.counterpart.core.pprl;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.counterpart.core.names.NameKeys;
import org.counterpart.core.names.PhoneNumbers;
import org.jspecify.annotations.Nullable;

/**
 * Turns a person into a 1024-bit keyed Bloom-filter encoding (a cryptographic long-term key).
 *
 * <p><b>Features.</b> Each field is normalised for its kind and cut into features: padded bigrams
 * of the folded name tokens (Cyrillic and Latin, with and without diacritics, give the same folded
 * form) plus each token's spelling skeleton (Đorđević, Djordjevic, Gjorgjeviq share one); for dates
 * the year, month, day, their pairs, the unordered day-month pair (so that a day and month swapped
 * still share most features) and the decade; E.164 phones whole and by their last digits;
 * documents, plates and post codes whole, by prefix and by bigrams; free text by bigrams. The
 * bigrams of given names, surnames and full names share one namespace, so that a person whose given
 * name and surname were swapped keeps most features.
 *
 * <p><b>Hashing.</b> Each feature sets {@code weight} bits chosen by HMAC-SHA256 under a key
 * derived from the shared secret and the field (not the double hashing that clkhash calls
 * insecure): without the secret, nobody can tell which bits a name would set, so no dictionary can
 * be built.
 *
 * <p><b>Hardening: XOR-folding</b> (Schnell, Borgs and Encarnação, 2016). Features are hashed into
 * 2048 bits and the two halves are XOR-ed into the 1024 bits that leave the node. A bit of the
 * encoding is then no longer the trace of one bigram, which defeats the pattern-mining attacks that
 * read frequent bigrams off frequent bits (Christen et al., 2018), at a small cost in precision
 * that the evaluation reports. It keeps the Dice coefficient meaningful, unlike balancing, which
 * would move every similarity towards one half.
 *
 * <p>Thread-safe. Features are cached per field with their bit positions (a region's bigrams and
 * tokens repeat), which is most of the speed.
 */
public final class Encoder {

  public static final int BITS = 1024;
  public static final int WORDS = BITS / 64;
  private static final int HASHED_BITS = 2 * BITS;
  private static final int MAX_CACHED = 500_000;

  private final Schema schema;
  private final byte[][] fieldKeys;
  private final ThreadLocal<Mac[]> macs;
  private final List<Map<String, int[]>> cache = new ArrayList<>();
  private final List<Map<String, int[]>> values = new ArrayList<>();

  public Encoder(Schema schema, byte[] secret) {
    if (secret.length < 16) {
      throw new IllegalArgumentException("the secret must have at least 16 bytes");
    }
    this.schema = schema;
    this.fieldKeys = new byte[schema.fields().size()][];
    for (int i = 0; i < fieldKeys.length; i++) {
      fieldKeys[i] = hmac(secret, "counterpart-pprl/v1/" + namespace(schema, i));
      cache.add(new ConcurrentHashMap<>());
      values.add(new ConcurrentHashMap<>());
    }
    this.macs =
        ThreadLocal.withInitial(
            () -> {
              Mac[] perField = new Mac[fieldKeys.length];
              for (int i = 0; i < perField.length; i++) {
                perField[i] = mac(fieldKeys[i]);
              }
              return perField;
            });
  }

  /** Bits set per feature when the schema does not say. */
  static int defaultWeight(FieldKind kind) {
    return switch (kind) {
      case GIVEN_NAME, SURNAME -> 8;
      case FULL_NAME, POSTCODE -> 6;
      case DATE, PHONE, DOCUMENT, PLATE -> 5;
      case SEX -> 4;
      case TEXT -> 3;
    };
  }

  public Schema schema() {
    return schema;
  }

  /** The encoding of one record: values in the order of the schema's fields, blank when missing. */
  public long[] encode(List<@Nullable String> values) {
    long[] hashed = new long[HASHED_BITS / 64];
    for (int f = 0; f < fieldKeys.length; f++) {
      String value = f < values.size() ? values.get(f) : null;
      if (value == null || value.isBlank()) {
        continue;
      }
      for (int position : valuePositions(f, value.strip())) {
        hashed[position >>> 6] |= 1L << position;
      }
    }
    long[] folded = new long[WORDS];
    for (int i = 0; i < WORDS; i++) {
      folded[i] = hashed[i] ^ hashed[i + WORDS];
    }
    return folded;
  }

  /** The features of one value; public for tests and the evaluation. */
  public static List<String> features(Schema.Field field, String value) {
    List<String> out = new ArrayList<>();
    switch (field.kind()) {
      case GIVEN_NAME, SURNAME, FULL_NAME -> names(value, out);
      case DATE -> date(value, field.format(), out);
      case SEX -> {
        String sex = sex(value);
        if (sex != null) {
          out.add(sex);
        }
      }
      case PHONE -> phone(value, field.region(), out);
      case DOCUMENT, PLATE -> code(value, out);
      case POSTCODE -> postcode(value, out);
      case TEXT -> {
        for (String token : NameKeys.tokens(value)) {
          bigrams(token, out);
        }
      }
    }
    return out;
  }

  private static void names(String value, List<String> out) {
    for (String token : NameKeys.tokens(value)) {
      bigrams(token, out);
      out.add("s:" + NameKeys.skeleton(token));
    }
  }

  private static void bigrams(String token, List<String> out) {
    String padded = "_" + token + "_";
    for (int i = 0; i + 2 <= padded.length(); i++) {
      out.add(padded.substring(i, i + 2));
    }
  }

  private static final List<DateTimeFormatter> FALLBACK_DATES =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ofPattern("d.M.uuuu"),
          DateTimeFormatter.ofPattern("d/M/uuuu"),
          DateTimeFormatter.ofPattern("uuuuMMdd"));

  private static final Map<String, DateTimeFormatter> FORMATS = new ConcurrentHashMap<>();

  private static void date(String value, @Nullable String format, List<String> out) {
    LocalDate date = parseDate(value, format);
    if (date == null) {
      // Not a date we can read: its digits still say something.
      bigrams(value.replaceAll("[^0-9]", ""), out);
      return;
    }
    int y = date.getYear();
    int m = date.getMonthValue();
    int d = date.getDayOfMonth();
    out.add("y:" + y);
    out.add("m:" + m);
    out.add("d:" + d);
    out.add("ym:" + y + "-" + m);
    out.add("md:" + m + "-" + d);
    out.add("dm:" + Math.min(d, m) + "|" + Math.max(d, m));
    out.add("dec:" + y / 10);
    out.add("yd:" + y + "-" + d);
  }

  private static @Nullable LocalDate parseDate(String value, @Nullable String format) {
    List<DateTimeFormatter> formats = new ArrayList<>();
    if (format != null) {
      formats.add(
          FORMATS.computeIfAbsent(
              format,
              f ->
                  DateTimeFormatter.ofPattern(f.replace("yyyy", "uuuu"), Locale.ROOT)
                      .withResolverStyle(ResolverStyle.STRICT)));
    }
    formats.addAll(FALLBACK_DATES);
    for (DateTimeFormatter f : formats) {
      try {
        return LocalDate.parse(value, f);
      } catch (DateTimeParseException e) {
        // try the next
      }
    }
    return null;
  }

  private static @Nullable String sex(String value) {
    String v = NameKeys.folded(value);
    if (v.isEmpty()) {
      return null;
    }
    return switch (v) {
      case "m", "male", "man", "1", "musko", "muski", "mashkull", "mashkulle", "masko", "maski" ->
          "sex:m";
      case "f",
          "female",
          "woman",
          "w",
          "2",
          "z",
          "zensko",
          "zenski",
          "femer",
          "femre",
          "zh",
          "zhenski",
          "zensko pol" ->
          "sex:f";
      default -> "sex:" + v;
    };
  }

  private static void phone(String value, String region, List<String> out) {
    // Already E.164 (what nodes store): no need for the full parser.
    String digits =
        E164.matcher(value).matches()
            ? value.substring(1)
            : PhoneNumbers.e164(value, region)
                .orElse(value.replaceAll("[^0-9+]", ""))
                .replace("+", "");
    if (digits.isEmpty()) {
      return;
    }
    out.add("e:" + digits);
    if (digits.length() > 7) {
      out.add("l7:" + digits.substring(digits.length() - 7));
    }
    if (digits.length() > 4) {
      out.add("l4:" + digits.substring(digits.length() - 4));
    }
  }

  private static final java.util.regex.Pattern E164 =
      java.util.regex.Pattern.compile("\\+[1-9][0-9]{6,14}");

  private static void code(String value, List<String> out) {
    String code = NameKeys.folded(value).replace(" ", "");
    if (code.isEmpty()) {
      return;
    }
    out.add("c:" + code);
    bigrams(code, out);
  }

  private static void postcode(String value, List<String> out) {
    String code = NameKeys.folded(value).replace(" ", "");
    if (code.isEmpty()) {
      return;
    }
    out.add("p:" + code);
    if (code.length() >= 3) {
      out.add("p3:" + code.substring(0, 3));
    }
    if (code.length() >= 2) {
      out.add("p2:" + code.substring(0, 2));
    }
    bigrams(code, out);
  }

  /**
   * The bits of one value of one field. Names, dates, sexes and post codes repeat across a
   * population, so their bits are kept per value; numbers that identify one person are not.
   */
  private int[] valuePositions(int f, String value) {
    Schema.Field field = schema.fields().get(f);
    boolean repeats =
        switch (field.kind()) {
          case PHONE, DOCUMENT, PLATE, TEXT -> false;
          default -> true;
        };
    Map<String, int[]> known = values.get(f);
    int[] positions = repeats ? known.get(value) : null;
    if (positions != null) {
      return positions;
    }
    List<String> features = features(field, value);
    positions = new int[features.size() * field.weight()];
    int at = 0;
    for (String feature : features) {
      int[] bits = positions(f, field.weight(), feature);
      System.arraycopy(bits, 0, positions, at, bits.length);
      at += bits.length;
    }
    if (repeats && known.size() < MAX_CACHED) {
      known.put(value, positions);
    }
    return positions;
  }

  private int[] positions(int field, int weight, String feature) {
    Map<String, int[]> known = cache.get(field);
    int[] positions = known.get(feature);
    if (positions != null) {
      return positions;
    }
    positions = new int[weight];
    Mac mac = macs.get()[field];
    byte[] input = feature.getBytes(StandardCharsets.UTF_8);
    int filled = 0;
    for (int round = 0; filled < weight; round++) {
      mac.update(input);
      mac.update((byte) round);
      byte[] digest = mac.doFinal();
      for (int i = 0; i + 1 < digest.length && filled < weight; i += 2) {
        positions[filled++] = (((digest[i] & 0xFF) << 8) | (digest[i + 1] & 0xFF)) % HASHED_BITS;
      }
    }
    if (known.size() < MAX_CACHED) {
      known.put(feature, positions);
    }
    return positions;
  }

  /**
   * Bigrams of all name fields share one namespace; every other field has its own, named by its
   * kind and its rank among the fields of that kind (the first date, the second date ...), not by
   * its column, so that two countries whose files name their columns differently still agree.
   */
  private static String namespace(Schema schema, int index) {
    Schema.Field field = schema.fields().get(index);
    return switch (field.kind()) {
      case GIVEN_NAME, SURNAME, FULL_NAME -> "name";
      default -> {
        long rank =
            schema.fields().subList(0, index).stream()
                .filter(f -> f.kind() == field.kind())
                .count();
        yield field.kind().label() + "/" + rank;
      }
    };
  }

  private static byte[] hmac(byte[] key, String message) {
    return mac(key).doFinal(message.getBytes(StandardCharsets.UTF_8));
  }

  private static Mac mac(byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** The Dice coefficient of two encodings: 2|A∩B| / (|A| + |B|); 0 when both are empty. */
  public static double dice(long[] a, long[] b) {
    return Linkage.dice(a, Linkage.count(a), b, Linkage.count(b));
  }
}
