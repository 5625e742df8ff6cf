package org.counterpart.screening;

/** Where a screening is: the first-line draft, its recommendation, the second stage's decision. */
public enum ScreeningStatus {
  DRAFT,
  DECIDED,
  SECOND_STAGE,
  CONFIRMED,
  REJECTED,
  RECATEGORISED
}
