package org.counterpart.cooperation;

import org.jspecify.annotations.Nullable;

/**
 * One module of a course: an indicator of the catalogue, or a trend the joint risk analysis (until
 * it exists, the organiser) names.
 *
 * @param indicator the catalogue indicator's id, for an indicator module
 * @param title the indicator's label, or the trend as written
 */
public record TrainingModule(Source source, @Nullable String indicator, String title) {

  /** Where a module comes from. */
  public enum Source {
    INDICATOR,
    TREND
  }
}
