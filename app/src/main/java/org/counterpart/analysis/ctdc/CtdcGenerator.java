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

  private CtdcGenerator() {}

  /** Writes {@code rows} rows to {@code out}; returns the rows written. */
  public static long write(Path out, long rows, long seed, int lastYear) throws IOException {
    var random = new SplittableRandom(seed);
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write(TERMS);
      for (int i = 1; i < CtdcColumns.COUNT; i++) {
        w.write(';');
        w.write(CtdcColumns.NAMES.get(i));
      }
      w.write("\r\n");
      String[] cells = new String[CtdcColumns.COUNT];
      for (long r = 0; r < rows; r++) {
        fill(cells, random, lastYear);
        for (int i = 0; i < cells.length; i++) {
          if (i > 0) {
            w.write(';');
          }
          w.write(cells[i]);
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
