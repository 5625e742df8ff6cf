package org.counterpart.core.demo;

import java.util.List;

/**
 * SplitMix64 pseudo-random numbers, written out here because its arithmetic is fixed forever,
 * whereas the JDK does not promise that its generators keep their sequences across versions.
 */
final class SplitMix {

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private long state;

  SplitMix(long seed) {
    this.state = seed;
  }

  /** A generator for one purpose, derived from a seed and any number of distinguishing parts. */
  static SplitMix of(long seed, long... parts) {
    long h = mix(seed);
    for (long part : parts) {
      h = mix(h + GOLDEN_GAMMA + part);
    }
    return new SplitMix(h);
  }

  /** A stable number for a country code (not String.hashCode, so no one has to know it). */
  static long code(String country) {
    long value = 0;
    for (int i = 0; i < country.length(); i++) {
      value = value * 65_537 + country.charAt(i);
    }
    return value;
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  long nextLong() {
    state += GOLDEN_GAMMA;
    return mix(state);
  }

  /** A number in [0, bound) by multiply-shift, which is exact arithmetic and fast. */
  int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    return (int) (((nextLong() >>> 33) * bound) >>> 31);
  }

  /** A number in [low, high], both included. */
  int between(int low, int high) {
    return low + nextInt(high - low + 1);
  }

  /** True with the given probability in percent. */
  boolean percent(int percent) {
    return nextInt(100) < percent;
  }

  <T> T pick(List<T> items) {
    return items.get(nextInt(items.size()));
  }
}
