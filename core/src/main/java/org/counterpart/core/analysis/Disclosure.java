package org.counterpart.core.analysis;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.jspecify.annotations.Nullable;

/**
 * What may be shown of a count: small-cell suppression below {@code k} in every table, optionally
 * after Laplace noise.
 *
 * <p>Noise, when an {@code epsilon} is given, is drawn from Laplace(0, 1/epsilon) for each count
 * shown: a record changes a count query by at most 1 (sensitivity 1 per record per dimension
 * value), so each count is epsilon-differentially private. A record holding several values of a
 * many-valued dimension touches that many counts, and the tables of a report compose: the budget
 * spent per record is epsilon times the number of counts it falls in. The noisy count is rounded
 * and floored at zero; suppression is then applied to the noisy count, which is post-processing and
 * spends no budget. The set of values listed still comes from the data; suppression below k is what
 * keeps a rare value out of sight. The sampler is seeded so that a report can be reproduced.
 */
public final class Disclosure {

  private final int k;
  private final @Nullable Double epsilon;
  private final @Nullable RandomGenerator random;

  /** A count as shown: its value, or suppressed. */
  public record Shown(long value, boolean suppressed) {

    /** The text shown: the count, or {@code <k}. */
    public String text(int k) {
      return suppressed ? "<" + k : Long.toString(value);
    }
  }

  /** A cell as shown. */
  public record ShownCell(Cell cell, Shown shown) {}

  /** Suppression below {@code k}, without noise. */
  public Disclosure(int k) {
    this(k, null, 0);
  }

  /** Suppression below {@code k}, after Laplace noise of {@code epsilon} (null: no noise). */
  public Disclosure(int k, @Nullable Double epsilon, long seed) {
    if (k < 1) {
      throw new IllegalArgumentException("k " + k);
    }
    if (epsilon != null && !(epsilon > 0)) {
      throw new IllegalArgumentException("epsilon " + epsilon);
    }
    this.k = k;
    this.epsilon = epsilon;
    this.random =
        epsilon == null ? null : RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
  }

  public int k() {
    return k;
  }

  public @Nullable Double epsilon() {
    return epsilon;
  }

  /** One count as it may be shown. */
  public Shown show(long count) {
    long value = random == null ? count : Math.max(0, Math.round(count + laplace(1 / epsilon)));
    return value < k ? new Shown(0, true) : new Shown(value, false);
  }

  /** Every cell as it may be shown. */
  public List<ShownCell> show(List<Cell> cells) {
    return cells.stream().map(c -> new ShownCell(c, show(c.count()))).toList();
  }

  /** Laplace(0, b) by inverting its distribution function at a uniform draw. */
  double laplace(double b) {
    double u = random.nextDouble() - 0.5;
    return -b * Math.signum(u) * Math.log(1 - 2 * Math.abs(u));
  }
}
