package org.counterpart.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A seeded generator of realistic de-identified records for the Western Balkans, for tests, the
 * demo and the benchmark: the same seed gives the same records. The nodes (AL, BA, XK, ME, MK, RS)
 * publish most of them and CTDC some (a share of CTDC's without a quarter); origins follow the
 * Balkan route's usual mix unless a switch is planted, from a given quarter, that puts BD, IN and
 * MA on top.
 *
 * @param from first quarter generated
 * @param to last quarter generated
 * @param perQuarter records per quarter
 * @param ctdcShare the share of CTDC records
 * @param switchAt the quarter from which the top origins switch, or null for none
 */
public record SyntheticRecords(
    Period from, Period to, int perQuarter, double ctdcShare, @Nullable Period switchAt) {

  static final List<String> NODES = List.of("AL", "BA", "XK", "ME", "MK", "RS");
  private static final String[] ORIGINS = {
    "AF", "SY", "PK", "MA", "BD", "TR", "IQ", "IN", "AL", "XK", "RS", "BA", "MK", "ME", "UA"
  };
  private static final double[] USUAL = {30, 22, 15, 6, 5, 5, 4, 2, 4, 3, 2, 1, 0.6, 0.4, 0.5};
  private static final double[] SWITCHED = {5, 6, 14, 20, 26, 5, 4, 22, 4, 3, 2, 1, 0.6, 0.4, 0.5};
  private static final List<List<String>> ROUTES =
      List.of(
          List.of("TR", "GR", "MK", "RS", "HU"),
          List.of("TR", "BG", "RS", "BA", "HR"),
          List.of("GR", "AL", "ME", "BA", "HR"),
          List.of("TR", "GR", "MK", "XK", "ME"),
          List.of("GR", "MK", "RS", "HR"),
          List.of("AL", "ME", "BA"),
          List.of("RS", "BA", "HR", "SI"));
  private static final String[] CROSSINGS = {
    "GR-MK Bogorodica",
    "MK-RS Tabanovce",
    "RS-HU Horgoš",
    "BA-HR Bijača",
    "AL-ME Hani i Hotit",
    "ME-BA Vraćenovići",
    "BG-RS Gradina",
    "XK-ME Kulina",
    "RS-BA Zvornik"
  };
  private static final String[] EXPLOITATION = {
    "sexual", "labour", "forced criminality", "begging", "forced marriage"
  };
  private static final String[] THB_RECRUITMENT = {
    "false job offer", "intimate partner", "family member", "online advertisement", "abduction"
  };
  private static final String[] SMUGGLING_RECRUITMENT = {
    "smuggling network", "online advertisement"
  };
  private static final String[] CONTROL = {
    "debt bondage", "threats", "physical abuse", "withheld documents", "false promises", "drugs"
  };
  private static final String[] TRANSPORT = {"bus", "car", "truck", "on foot", "boat", "train"};
  private static final String[] COMMUNICATION = {
    "social media", "messaging app", "mobile phone", "in person"
  };
  private static final String[] DESTINATIONS = {"DE", "AT", "IT", "HR", "SI"};

  /** Every record, quarter by quarter, lazily (ten million fit in no heap). */
  public Stream<JointRecord> stream(long seed) {
    List<Period> periods = Period.range(from, to);
    return IntStream.range(0, periods.size())
        .boxed()
        .flatMap(
            i -> {
              Period p = periods.get(i);
              RandomGenerator random =
                  RandomGeneratorFactory.of("L64X128MixRandom").create(seed * 1_000_003L + i);
              return IntStream.range(0, perQuarter).mapToObj(n -> record(random, p, n));
            });
  }

  /** Every record in a list. */
  public List<JointRecord> list(long seed) {
    return stream(seed).toList();
  }

  private JointRecord record(RandomGenerator r, Period p, int n) {
    boolean ctdc = r.nextDouble() < ctdcShare;
    String source = ctdc ? Cell.CTDC : NODES.get(r.nextInt(NODES.size()));
    boolean thb = r.nextDouble() < 0.35;
    boolean switched = switchAt != null && p.compareTo(switchAt) >= 0;
    String citizenship = ORIGINS[weighted(r, switched ? SWITCHED : USUAL)];
    int age = thb && r.nextDouble() < 0.25 ? 9 + r.nextInt(9) : 18 + r.nextInt(40);
    String band = r.nextDouble() < 0.05 ? null : JointRecord.ageBand(age);
    String gender =
        r.nextDouble() < 0.03
            ? null
            : r.nextDouble() < (thb ? 0.7 : 0.15)
                ? "Female"
                : r.nextDouble() < 0.01 ? "Transgender/NonConforming" : "Male";
    List<String> route = ROUTES.get(r.nextInt(ROUTES.size()));
    Set<String> exploitation = thb ? some(r, EXPLOITATION, 2) : Set.of();
    return new JointRecord(
        source,
        source + "-" + p + "-" + n,
        1,
        thb ? "THB" : "SMUGGLING",
        p.year(),
        ctdc && r.nextDouble() < 0.3 ? null : p.quarter(),
        ctdc ? "Case management" : "Police",
        gender,
        band,
        band == null ? null : age < 18 ? "Minor" : "Adult",
        citizenship,
        thb ? pick(r, r.nextDouble() < 0.5 ? NODES.toArray(String[]::new) : DESTINATIONS) : null,
        thb ? some(r, CONTROL, 3) : Set.of(),
        exploitation,
        exploitation.contains("labour")
            ? Set.of(r.nextBoolean() ? "agriculture" : "construction")
            : Set.of(),
        exploitation.contains("sexual") ? Set.of("prostitution") : Set.of(),
        thb && r.nextBoolean() ? Set.of(r.nextBoolean() ? "friend" : "intimate partner") : Set.of(),
        thb ? r.nextDouble() < 0.05 : null,
        some(r, thb ? THB_RECRUITMENT : SMUGGLING_RECRUITMENT, 1),
        some(r, COMMUNICATION, 2),
        some(r, TRANSPORT, 2),
        r.nextDouble() < 0.1 ? List.of() : route,
        r.nextDouble() < 0.2 ? null : pick(r, CROSSINGS),
        JointRecord.perpetratorBand(1 + r.nextInt(r.nextBoolean() ? 3 : 12)),
        thb ? Set.of(r.nextBoolean() ? "recruiter" : "exploiter") : Set.of("facilitator"));
  }

  private static int weighted(RandomGenerator r, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = r.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static String pick(RandomGenerator r, String[] values) {
    return values[r.nextInt(values.length)];
  }

  /** One to {@code max} distinct values, or none now and then (an unknown). */
  private static Set<String> some(RandomGenerator r, String[] values, int max) {
    if (r.nextDouble() < 0.08) {
      return Set.of();
    }
    int n = 1 + r.nextInt(max);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(pick(r, values));
    }
    return Set.copyOf(new java.util.HashSet<>(out));
  }
}
