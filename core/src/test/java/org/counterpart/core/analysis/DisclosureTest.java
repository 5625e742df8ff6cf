package org.counterpart.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisclosureTest {

  private final List<Cell> cells =
      Counts.of(
          new SyntheticRecords(Period.parse("2024Q1"), Period.parse("2024Q2"), 300, 0.1, null)
              .list(3));

  @Test
  void hidesEveryCellBelowK() {
    var shown = new Disclosure(11).show(cells);
    assertThat(cells).anyMatch(c -> c.count() < 11).anyMatch(c -> c.count() >= 11);
    for (var s : shown) {
      if (s.cell().count() < 11) {
        assertThat(s.shown().suppressed()).isTrue();
        assertThat(s.shown().text(11)).isEqualTo("<11");
      } else {
        assertThat(s.shown()).isEqualTo(new Disclosure.Shown(s.cell().count(), false));
      }
    }
  }

  @Test
  void noisyCountsAreNeverShownBelowKAndAreCentredOnTheTruth() {
    var disclosure = new Disclosure(5, 0.5, 42);
    double total = 0;
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      var s = disclosure.show(100);
      assertThat(s.suppressed()).isFalse();
      total += s.value();
    }
    assertThat(total / n).isBetween(99.8, 100.2);
    for (int i = 0; i < 1000; i++) {
      var s = disclosure.show(6);
      assertThat(s.suppressed() || s.value() >= 5).isTrue();
    }
  }

  @Test
  void laplaceHasTheStatedScale() {
    var disclosure = new Disclosure(1, 0.5, 1);
    double absolute = 0;
    int n = 50_000;
    for (int i = 0; i < n; i++) {
      absolute += Math.abs(disclosure.laplace(2));
    }
    // E|X| = b for Laplace(0, b)
    assertThat(absolute / n).isBetween(1.95, 2.05);
  }
}
