package org.counterpart.analysis.ctdc;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.counterpart.core.analysis.JointRecord;

/**
 * Writes a synthetic file in CTDC's format (header, 64 columns, quoted multi-valued cells) for
 * benchmarks of the import; the same seed gives the same file.
 *
 * <p>CTDC's k-anonymised file repeats rows: in its published sample 176 of 557 rows are distinct,
 * 146 rows occur once, and the most frequent row makes 17 % of the file. The generator draws a
 * share of its rows fresh (each then almost surely unique) and the rest from {@value #PROFILES}
 * profiles of Zipf-distributed frequency (the first about 13 % of those rows). A share of 1 makes
 * every row fresh: the import's worst case.
 */
public final class CtdcGenerator {

  private static final String TERMS =
      "By using this data you agree to the Terms of Use:"
          + " https://www.ctdatacollaborative.org/terms-use";
  private static final String[] COUNTRIES = {
    "UA", "US", "MD", "RO", "BG", "AL", "RS", "MK", "BA", "ME", "XK", "NG", "PH", "ID", "KH", "TH"
  };
  private static final String[] SOURCES = {"Case Management", "Hotline"};
  private static final String[] EXPLOITS = {"Sexual exploitation", "Forced labour", "Other"};

  /** Rows repeated in the file, by Zipf's law (the k-th about 1/k as often as the first). */
  static final int PROFILES = 1000;

  /** The share of fresh rows close to the sample's: 146 of its 557 rows occur once. */
  public static final double CTDC_FRESH_SHARE = 0.3;

  private CtdcGenerator() {}

  /**
   * Writes {@code rows} rows to {@code out}, a share {@code fresh} (0 to 1) of them drawn afresh
   * and the others repeats of the profiles; returns the rows written.
   */
  public static long write(Path out, long rows, long seed, int lastYear, double fresh)
      throws IOException {
    if (!(fresh >= 0 && fresh <= 1)) {
      throw new IllegalArgumentException("the share of fresh rows is between 0 and 1: " + fresh);
    }
    var random = new SplittableRandom(seed);
    String[] profiles = new String[PROFILES];
    double[] cumulative = new double[PROFILES];
    String[] cells = new String[CtdcColumns.COUNT];
    double total = 0;
    for (int p = 0; p < PROFILES; p++) {
      fill(cells, random, lastYear);
      profiles[p] = String.join(";", cells);
      total += 1.0 / (p + 1);
      cumulative[p] = total;
    }
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write(TERMS);
      for (int i = 1; i < CtdcColumns.COUNT; i++) {
        w.write(';');
        w.write(CtdcColumns.NAMES.get(i));
      }
      w.write("\r\n");
      for (long r = 0; r < rows; r++) {
        if (random.nextDouble() < fresh) {
          fill(cells, random, lastYear);
          w.write(String.join(";", cells));
        } else {
          int p = java.util.Arrays.binarySearch(cumulative, random.nextDouble() * total);
          w.write(profiles[p >= 0 ? p : Math.min(-p - 1, PROFILES - 1)]);
        }
        w.write("\r\n");
      }
    }
    return rows;
  }

  private static void fill(String[] cells, SplittableRandom random, int lastYear) {
    java.util.Arrays.fill(cells, "");
    cells[CtdcColumns.YEAR] = String.valueOf(2002 + random.nextInt(lastYear - 2002 + 1));
    cells[CtdcColumns.DATASOURCE] = pick(random, SOURCES);
    cells[CtdcColumns.GENDER] = maybe(random, JointRecord.GENDERS);
    cells[CtdcColumns.AGE] = maybe(random, JointRecord.AGE_BANDS);
    cells[CtdcColumns.MAJORITY] = maybe(random, List.of("Adult", "Minor"));
    cells[CtdcColumns.CITIZENSHIP] = random.nextInt(3) == 0 ? "" : pick(random, COUNTRIES);
    cells[CtdcColumns.COUNTRY_OF_EXPLOITATION] =
        random.nextInt(4) == 0 ? "" : pick(random, COUNTRIES);
    // Flags: a third of the records leave a whole family empty, as CTDC's file does.
    for (CtdcColumns.Flag flag : CtdcColumns.FLAGS) {
      int roll = random.nextInt(10);
      cells[flag.index()] = roll < 3 ? "" : roll < 8 ? "0" : "1";
    }
    cells[CtdcColumns.IS_SEX_AND_LABOUR] = random.nextInt(10) == 0 ? "1" : "0";
    cells[CtdcColumns.IS_ABDUCTION] = random.nextBoolean() ? "" : "0";
    List<String> exploits = new ArrayList<>();
    for (String e : EXPLOITS) {
      if (random.nextInt(3) == 0) {
        exploits.add(e);
      }
    }
    // Several values in one cell are quoted and separated by "; ", as in CTDC's file.
    cells[36] =
        exploits.size() > 1 ? '"' + String.join("; ", exploits) + '"' : String.join("", exploits);
    cells[57] = random.nextBoolean() ? "Not Specified" : "\"Family/Relative; Intimate Partner\"";
  }

  private static String pick(SplittableRandom random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String maybe(SplittableRandom random, List<String> values) {
    int i = random.nextInt(values.size() + 1);
    return i == values.size() ? "" : values.get(i);
  }
}
