package org.counterpart.cooperation;

/** What happened at one moment of a joint operation. */
public enum TimelineEventKind {
  STARTED,
  POSITION,
  HANDOVER_OFFERED,
  HANDOVER_TAKEN,
  CONTACT,
  ENDED,
  NOTE
}
