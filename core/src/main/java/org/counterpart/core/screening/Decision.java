package org.counterpart.core.screening;

import java.util.List;
import java.util.Map;

/**
 * The engine's recommendation: every applicable category, the profile used, each dimension's count,
 * and the explanation. A recommendation for people to act on, never a closure.
 */
public record Decision(
    List<Category> categories,
    boolean presumedVictim,
    Profile profile,
    boolean presumedMinor,
    Map<Dimension, DimensionResult> dimensions,
    List<Reason> explanation,
    int catalogueVersion) {

  public Decision {
    categories = List.copyOf(categories);
    dimensions = Map.copyOf(dimensions);
    explanation = List.copyOf(explanation);
  }

  /** Whether the person must go on to the second-stage team. */
  public boolean needsSecondStage() {
    return categories.contains(Category.PRESUMED_THB_VICTIM)
        || categories.contains(Category.THB_INDICATORS_PRESENT);
  }

  /**
   * A dimension's indicators counted by strength, whether the rule made it positive, and which of
   * the rule's combinations did.
   */
  public record DimensionResult(
      boolean positive, int strong, int medium, int weak, List<String> counted, String rule) {
    public DimensionResult {
      counted = List.copyOf(counted);
    }
  }
}
