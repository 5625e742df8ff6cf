package org.counterpart.cooperation;

/** Whether a meeting is one of a series or called for one matter. */
public enum MeetingKind {
  REGULAR,
  AD_HOC
}
