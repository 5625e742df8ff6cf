package org.counterpart.hits;

/** How close a hit is, the only measure a country is told: never the score itself. */
public enum Band {
  STRONG,
  PROBABLE,
  POSSIBLE;

  /** The band of a score that reached the kind's minimum. */
  public static Band of(double score) {
    if (score >= 0.9) {
      return STRONG;
    }
    return score >= 0.8 ? PROBABLE : POSSIBLE;
  }
}
