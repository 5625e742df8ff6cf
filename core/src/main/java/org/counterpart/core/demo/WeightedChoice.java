package org.counterpart.core.demo;

import java.util.ArrayList;
import java.util.List;

/** Values drawn in proportion to their weights, written as {@code of(a, 3).or(b, 1)}. */
final class WeightedChoice<T> {

  private final List<T> values;
  private final List<Integer> cumulative;

  private WeightedChoice(List<T> values, List<Integer> cumulative) {
    this.values = List.copyOf(values);
    this.cumulative = List.copyOf(cumulative);
  }

  static <T> WeightedChoice<T> none() {
    return new WeightedChoice<>(List.of(), List.of());
  }

  static <T> WeightedChoice<T> of(T value, int weight) {
    return WeightedChoice.<T>none().or(value, weight);
  }

  /** This choice with one more option; choices are built once, so copying is cheap enough. */
  WeightedChoice<T> or(T value, int weight) {
    if (weight <= 0) {
      throw new IllegalArgumentException("weight must be positive: " + weight);
    }
    List<T> moreValues = new ArrayList<>(values);
    moreValues.add(value);
    List<Integer> moreCumulative = new ArrayList<>(cumulative);
    moreCumulative.add(total() + weight);
    return new WeightedChoice<>(moreValues, moreCumulative);
  }

  boolean isEmpty() {
    return values.isEmpty();
  }

  T pick(SplitMix rnd) {
    if (values.isEmpty()) {
      throw new IllegalStateException("Nothing to choose from");
    }
    int ticket = rnd.nextInt(total());
    for (int i = 0; i < values.size(); i++) {
      if (ticket < cumulative.get(i)) {
        return values.get(i);
      }
    }
    throw new IllegalStateException("unreachable: ticket below the total weight");
  }

  private int total() {
    return cumulative.isEmpty() ? 0 : cumulative.get(cumulative.size() - 1);
  }
}
