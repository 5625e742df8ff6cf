package org.counterpart.cooperation;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of an operation's timeline, written by the country whose officers report it and
 * replicated to the operation's countries.
 *
 * @param at when it happened, as reported
 */
public record TimelineEvent(
    UUID operation, Instant at, TimelineEventKind kind, String unit, String note) {

  /** The record kind under which timeline entries travel. */
  public static final String RECORD = "operation-event";
}
