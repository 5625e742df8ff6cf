package org.counterpart.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SplitMixTest {

  @Test
  void matchesTheReferenceSplitMix64Sequence() {
    // First output of Vigna's reference splitmix64.c for state 0.
    assertThat(new SplitMix(0).nextLong()).isEqualTo(0xE220A8397B1DCDAFL);
  }

  @Test
  void staysWithinBounds() {
    SplitMix rnd = new SplitMix(5);
    for (int i = 0; i < 100_000; i++) {
      assertThat(rnd.nextInt(7)).isBetween(0, 6);
      assertThat(rnd.between(14, 17)).isBetween(14, 17);
    }
  }

  @Test
  void derivedGeneratorsDifferByPurpose() {
    assertThat(SplitMix.of(1, 2).nextLong()).isNotEqualTo(SplitMix.of(1, 3).nextLong());
    assertThat(SplitMix.of(1, 2).nextLong()).isEqualTo(SplitMix.of(1, 2).nextLong());
  }
}
