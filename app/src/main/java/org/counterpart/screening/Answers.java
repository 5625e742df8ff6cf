package org.counterpart.screening;

import java.util.List;
import org.counterpart.core.screening.Exploitation;
import org.counterpart.core.screening.ScreeningInput;
import org.jspecify.annotations.Nullable;

/**
 * The answers of a first-line screening as they come, every field optional while it is a draft.
 * Stored as JSON; turned into the engine's input when the officer asks for the recommendation.
 */
public record Answers(
    @Nullable Integer age,
    @Nullable Boolean ageAssessed,
    @Nullable Boolean accompanied,
    @Nullable String exploitation,
    @Nullable Boolean actOfTrafficking,
    @Nullable List<String> indicators,
    @Nullable Boolean facilitatorPaid,
    @Nullable Boolean irregularEntry,
    @Nullable Boolean asksProtection,
    @Nullable String extremismFlagReason,
    @Nullable Boolean interpreterUsed,
    @Nullable String interviewLanguage) {

  public static final Answers NONE =
      new Answers(null, null, null, null, null, List.of(), null, null, null, null, null, null);

  public Answers {
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
  }

  ScreeningInput input(int catalogueVersion) {
    return new ScreeningInput(
        age,
        Boolean.TRUE.equals(ageAssessed),
        accompanied,
        exploitation == null || exploitation.isBlank()
            ? Exploitation.UNKNOWN
            : Exploitation.ofId(exploitation),
        Boolean.TRUE.equals(actOfTrafficking),
        new java.util.LinkedHashSet<>(indicators),
        Boolean.TRUE.equals(facilitatorPaid),
        Boolean.TRUE.equals(irregularEntry),
        Boolean.TRUE.equals(asksProtection),
        extremismFlagReason,
        catalogueVersion);
  }
}
