package org.counterpart.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** No suppressed count can be worked out as a difference of counts shown. */
class SecondarySuppressionTest {

  private static final int K = 5;
  private static final Disclosure DISCLOSURE = new Disclosure(K);

  @Test
  void aLoneSmallQuarterHidesItsYearAndANeighbourInItsColumn() {
    // Citizenship over the four quarters of 2024: SY has 3 in Q2, every other count is large.
    long[][] counts = {{40, 38, 41, 39}, {20, 3, 22, 25}, {12, 14, 11, 13}};
    var quarterly = shown(counts);
    var yearly = yearly(counts);
    int added = SecondarySuppression.apply(quarterly, yearly, new int[] {0, 0, 0, 0}, true);

    assertThat(added).isPositive();
    assertThat(yearly[1][0].suppressed()).as("the year of SY").isTrue();
    // Q2's smallest other count (14) is hidden with SY's 3, so Q2's total less the rest is two.
    assertThat(quarterly[2][1].suppressed()).isTrue();
    assertThat(quarterly[0][1].suppressed()).isFalse();
    assertInvariants(quarterly, yearly, new int[] {0, 0, 0, 0}, true);
  }

  @Test
  void aDimensionWhereARecordCountsUnderSeveralValuesOnlyHidesTheYear() {
    long[][] counts = {{40, 38, 41, 39}, {20, 3, 22, 25}};
    var quarterly = shown(counts);
    var yearly = yearly(counts);
    SecondarySuppression.apply(quarterly, yearly, new int[] {0, 0, 0, 0}, false);

    assertThat(yearly[1][0].suppressed()).isTrue();
    assertThat(quarterly[0][1].suppressed()).isFalse();
  }

  @Test
  void randomTablesKeepEveryRuleAndEveryPrimarySuppression() {
    int[] yearOf = {0, 0, 0, 0, 1, 1, 1, 1, 2, 2};
    for (int seed = 0; seed < 300; seed++) {
      var random = new SplittableRandom(seed);
      int rows = 2 + random.nextInt(8);
      long[][] counts = new long[rows][yearOf.length];
      for (long[] row : counts) {
        for (int q = 0; q < row.length; q++) {
          row[q] = random.nextInt(10) < 3 ? random.nextInt(K) : K + random.nextInt(60);
        }
      }
      boolean additive = random.nextBoolean();
      var quarterly = shown(counts);
      var yearly = yearly(counts, yearOf, 3);
      var primary = shown(counts);
      SecondarySuppression.apply(quarterly, yearly, yearOf, additive);
      for (int r = 0; r < rows; r++) {
        for (int q = 0; q < yearOf.length; q++) {
          if (primary[r][q].suppressed()) {
            assertThat(quarterly[r][q].suppressed()).isTrue();
          }
        }
      }
      assertInvariants(quarterly, yearly, yearOf, additive);
    }
  }

  private static void assertInvariants(
      Disclosure.Shown[][] quarterly, Disclosure.Shown[][] yearly, int[] yearOf, boolean additive) {
    for (int r = 0; r < quarterly.length; r++) {
      for (int y = 0; y < yearly[r].length; y++) {
        boolean anyQuarter = false;
        for (int q = 0; q < yearOf.length; q++) {
          anyQuarter |= yearOf[q] == y && quarterly[r][q].suppressed();
        }
        assertThat(yearly[r][y].suppressed()).as("row %d year %d", r, y).isEqualTo(anyQuarter);
      }
    }
    if (additive) {
      for (var table : new Disclosure.Shown[][][] {quarterly, yearly}) {
        for (int c = 0; c < table[0].length; c++) {
          int hidden = 0;
          for (var row : table) {
            hidden += row[c].suppressed() ? 1 : 0;
          }
          assertThat(hidden).as("suppressed in column %d", c).isNotEqualTo(1);
        }
      }
    }
  }

  private static Disclosure.Shown[][] shown(long[][] counts) {
    var out = new Disclosure.Shown[counts.length][];
    for (int r = 0; r < counts.length; r++) {
      out[r] = new Disclosure.Shown[counts[r].length];
      for (int c = 0; c < counts[r].length; c++) {
        out[r][c] = DISCLOSURE.show(counts[r][c]);
      }
    }
    return out;
  }

  private static Disclosure.Shown[][] yearly(long[][] counts) {
    return yearly(counts, new int[counts[0].length], 1);
  }

  private static Disclosure.Shown[][] yearly(long[][] counts, int[] yearOf, int years) {
    var out = new Disclosure.Shown[counts.length][years];
    for (int r = 0; r < counts.length; r++) {
      long[] sums = new long[years];
      for (int q = 0; q < yearOf.length; q++) {
        sums[yearOf[q]] += counts[r][q];
      }
      for (int y = 0; y < years; y++) {
        out[r][y] = DISCLOSURE.show(sums[y]);
      }
    }
    return out;
  }
}
