package org.counterpart.spark;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.counterpart.core.analysis.JointRecord;
import org.jspecify.annotations.Nullable;

/**
 * Synthetic de-identified records for tests and benchmarks: every variable sometimes empty, routes
 * that pass a country twice, CTDC records without a quarter; the same seed gives the same records.
 */
public final class SyntheticRecords {

  private static final String[] COUNTRIES = {"AL", "BA", "ME", "MK", "RS", "XK", "UA", "NG", "SY"};
  private static final String[] SOURCES = {"CTDC", "AL", "BA", "ME", "MK", "RS", "XK"};
  private static final String[] EXPLOITATION = {"SexualExploitation", "ForcedLabour", "Other"};
  private static final String[] CONTROL = {"DebtBondage", "Threats", "WithholdsDocuments"};
  private static final String[] RECRUITMENT = {"online", "job_offer", "intimate_partner"};
  private static final String[] TRANSPORT = {"car", "bus", "truck", "foot"};
  private static final String[] COMMUNICATION = {"phone", "messenger", "social_media"};
  private static final String[] CROSSINGS = {"RS-MK-Tabanovce", "AL-ME-Hani i Hotit"};

  private SyntheticRecords() {}

  public static List<JointRecord> of(int count, long seed) {
    var random = new SplittableRandom(seed);
    List<JointRecord> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(next(random, i));
    }
    return out;
  }

  /** One record; {@code index} makes its source_ref unique. */
  public static JointRecord next(SplittableRandom random, long index) {
    String source = pick(random, SOURCES);
    boolean ctdc = source.equals("CTDC");
    // CTDC publishes years only; a sliver of its records carries a quarter here all the same, so
    // that the CTDC group is counted too, and a few regional records lack one.
    @Nullable Integer quarter = null;
    if (ctdc ? random.nextInt(3) == 0 : random.nextInt(20) != 0) {
      quarter = 1 + random.nextInt(4);
    }
    List<String> route = new ArrayList<>();
    int legs = random.nextInt(4);
    for (int i = 0; i < legs; i++) {
      route.add(pick(random, COUNTRIES));
    }
    return new JointRecord(
        source,
        "r" + index,
        1,
        random.nextInt(4) == 0 ? "SMUGGLING" : "THB",
        2022 + random.nextInt(3),
        quarter,
        random.nextBoolean() ? "Case Management" : null,
        maybe(random, JointRecord.GENDERS),
        maybe(random, JointRecord.AGE_BANDS),
        maybe(random, List.of("Adult", "Minor")),
        maybe(random, List.of(COUNTRIES)),
        maybe(random, List.of(COUNTRIES)),
        some(random, CONTROL),
        some(random, EXPLOITATION),
        Set.of(),
        Set.of(),
        Set.of(),
        random.nextInt(3) == 0 ? null : random.nextBoolean(),
        some(random, RECRUITMENT),
        some(random, COMMUNICATION),
        some(random, TRANSPORT),
        route,
        maybe(random, List.of(CROSSINGS)),
        maybe(random, JointRecord.PERPETRATOR_BANDS),
        Set.of());
  }

  private static String pick(SplittableRandom random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static @Nullable String maybe(SplittableRandom random, List<String> values) {
    int i = random.nextInt(values.size() + 1);
    return i == values.size() ? null : values.get(i);
  }

  private static Set<String> some(SplittableRandom random, String[] values) {
    Set<String> out = new LinkedHashSet<>();
    for (String v : values) {
      if (random.nextInt(3) == 0) {
        out.add(v);
      }
    }
    return out;
  }
}
