package org.counterpart.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

class TrendsTest {

  private static final Period FROM = Period.parse("2023Q1");
  private static final Period TO = Period.parse("2024Q4");

  @Test
  void flagsAPlantedSwitchInTheTopCountriesOfOrigin() {
    List<JointRecord> records =
        new SyntheticRecords(FROM, TO, 1500, 0.1, Period.parse("2024Q3")).list(7);
    List<Cell> cells = Counts.of(records);
    List<ModusOperandi.Count> modi = ModusOperandi.countsOf(records);

    var trends = Trends.detect(Cell.REGION, cells, modi, Period.parse("2024Q3"), 5);

    var switches = trends.stream().filter(Trends.OriginSwitch.class::isInstance).toList();
    assertThat(switches).hasSize(1);
    var s = (Trends.OriginSwitch) switches.getFirst();
    assertThat(s.before()).containsExactly("AF", "SY", "PK");
    assertThat(s.entrants()).contains("BD", "IN").doesNotContain("AF", "SY", "PK");
    var changes =
        trends.stream()
            .filter(Trends.Change.class::isInstance)
            .map(Trends.Change.class::cast)
            .filter(c -> c.dimension() == Dimension.CITIZENSHIP)
            .toList();
    assertThat(changes).anyMatch(c -> c.value().equals("BD") && c.rise());
    assertThat(changes).anyMatch(c -> c.value().equals("AF") && !c.rise());
  }

  @Test
  void doesNotFlagAStationaryOriginMix() {
    int flagged = 0;
    for (long seed = 0; seed < 40; seed++) {
      List<JointRecord> records = new SyntheticRecords(FROM, TO, 400, 0.1, null).list(seed);
      var trends =
          Trends.detect(Cell.REGION, Counts.of(records), List.of(), Period.parse("2024Q4"), 5);
      if (trends.stream().anyMatch(Trends.OriginSwitch.class::isInstance)) {
        flagged++;
      }
    }
    // nominal rate 5 %: 2 of 40 expected; 6 or more has a chance under 1.5 % with a right test
    assertThat(flagged).isLessThanOrEqualTo(5);
  }

  /**
   * 200 seeds of 5 quarters of stationary Poisson counts for 40 values: with Benjamini–Hochberg at
   * 5 %, a seed with any flag should happen in at most 5 % of seeds (10 expected at most; the
   * discrete test is conservative). Without the correction, 40 tests at 5 % each would flag in most
   * seeds.
   */
  @Test
  void flagsNoRiseOrFallInStationaryNoiseBeyondTheNominalRate() {
    int seedsFlagged = 0;
    for (long seed = 0; seed < 200; seed++) {
      RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
      List<Cell> cells = new ArrayList<>();
      Period p = Period.parse("2024Q1");
      for (int q = 0; q < 5; q++, p = p.next()) {
        for (int v = 0; v < 40; v++) {
          double mean = 3 + v * 5;
          long n = poisson(random, mean);
          if (n > 0) {
            cells.add(new Cell(Cell.REGION, p, Dimension.TRANSPORT, "v" + v, n));
          }
        }
      }
      var changes =
          Trends.detect(Cell.REGION, cells, List.of(), Period.parse("2025Q1"), 5).stream()
              .filter(Trends.Change.class::isInstance)
              .toList();
      if (!changes.isEmpty()) {
        seedsFlagged++;
      }
    }
    // 10 expected at most (binomial 200, 0.05); 20 or more has a chance under 0.2 %
    assertThat(seedsFlagged).isLessThan(20);
  }

  @Test
  void flagsARealRiseOfOneValueAmongStationaryOnes() {
    List<Cell> cells = new ArrayList<>();
    Period p = Period.parse("2024Q1");
    for (int q = 0; q < 5; q++, p = p.next()) {
      cells.add(new Cell(Cell.REGION, p, Dimension.TRANSPORT, "boat", q == 4 ? 90 : 40));
      cells.add(new Cell(Cell.REGION, p, Dimension.TRANSPORT, "bus", 100));
    }
    var trends = Trends.detect(Cell.REGION, cells, List.of(), Period.parse("2025Q1"), 5);
    assertThat(trends)
        .singleElement()
        .satisfies(
            t -> {
              var c = (Trends.Change) t;
              assertThat(c.value()).isEqualTo("boat");
              assertThat(c.rise()).isTrue();
              assertThat(c.baselineMean()).isEqualTo(40.0);
            });
  }

  @Test
  void flagsAModusOperandiNeverSeenBeforeWithAtLeastKRecords() {
    var old = new ModusOperandi("labour", "false job offer", "bus");
    var fresh = new ModusOperandi("sexual", "online advertisement", "boat");
    var rare = new ModusOperandi("begging", "family member", "car");
    Period q1 = Period.parse("2024Q1");
    Period q2 = Period.parse("2024Q2");
    List<ModusOperandi.Count> modi =
        List.of(
            new ModusOperandi.Count(Cell.REGION, q1, old, 30),
            new ModusOperandi.Count(Cell.REGION, q2, old, 30),
            new ModusOperandi.Count(Cell.REGION, q2, fresh, 6),
            new ModusOperandi.Count(Cell.REGION, q2, rare, 4),
            new ModusOperandi.Count(Cell.CTDC, q1, fresh, 50));
    List<Cell> cells =
        List.of(
            new Cell(Cell.REGION, q1, Dimension.CASE_TYPE, "THB", 30),
            new Cell(Cell.REGION, q2, Dimension.CASE_TYPE, "THB", 40));

    var trends = Trends.detect(Cell.REGION, cells, modi, q2, 5);

    assertThat(trends).containsExactly(new Trends.NewModusOperandi(q2, fresh, 6));
  }

  @Test
  void exactTestMatchesTheBinomialSum() {
    // P(X >= 9) for Binomial(12, 0.2), summed by hand
    double sum = 0;
    for (int i = 9; i <= 12; i++) {
      sum += choose(12, i) * Math.pow(0.2, i) * Math.pow(0.8, 12 - i);
    }
    assertThat(ExactTests.atLeast(9, 12, 0.2))
        .isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(ExactTests.twoRates(100, 400, 4)).isEqualTo(1.0);
    assertThat(ExactTests.twoRates(200, 400, 4)).isLessThan(1e-10);
  }

  private static double choose(int n, int k) {
    double r = 1;
    for (int i = 1; i <= k; i++) {
      r = r * (n - k + i) / i;
    }
    return r;
  }

  private static long poisson(RandomGenerator random, double mean) {
    double l = Math.exp(-mean);
    long k = 0;
    double p = 1;
    do {
      k++;
      p *= random.nextDouble();
    } while (p > l);
    return k - 1;
  }
}
