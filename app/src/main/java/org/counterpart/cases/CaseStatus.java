package org.counterpart.cases;

import java.util.Map;
import java.util.Set;
import org.counterpart.identity.UserRole;

/**
 * Where a case stands, and which role may move it where. A case moves forward one step at a time
 * and may be closed, with a reason, from any open state.
 */
public enum CaseStatus {
  DETECTED,
  UNDER_IDENTIFICATION,
  IDENTIFIED,
  REFERRED,
  UNDER_INVESTIGATION,
  PROSECUTED,
  CLOSED;

  private static final Map<CaseStatus, Set<UserRole>> WHO_MAY_ENTER =
      Map.of(
          UNDER_IDENTIFICATION, Set.of(UserRole.FIRST_LINE_OFFICER, UserRole.SCREENING_TEAM_MEMBER),
          IDENTIFIED, Set.of(UserRole.SCREENING_TEAM_MEMBER),
          REFERRED, Set.of(UserRole.SCREENING_TEAM_MEMBER),
          UNDER_INVESTIGATION, Set.of(UserRole.PROSECUTOR),
          PROSECUTED, Set.of(UserRole.PROSECUTOR),
          CLOSED, Set.of(UserRole.PROSECUTOR, UserRole.SCREENING_TEAM_MEMBER));

  /** True when a case may go from this state to {@code next}. */
  public boolean canMoveTo(CaseStatus next) {
    if (this == CLOSED) {
      return false;
    }
    if (next == CLOSED) {
      return true;
    }
    if (this == IDENTIFIED && next == UNDER_INVESTIGATION) {
      return true;
    }
    return next.ordinal() == ordinal() + 1;
  }

  /** The roles that may move a case into this state. */
  public Set<UserRole> enteredBy() {
    return WHO_MAY_ENTER.getOrDefault(this, Set.of());
  }
}
