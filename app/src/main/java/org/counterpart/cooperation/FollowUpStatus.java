package org.counterpart.cooperation;

import java.time.Instant;
import java.util.UUID;

/**
 * Whether a follow-up is done, as its owner says on their own node. Only the organising country
 * writes a meeting, so the owner's country keeps this small record of its own, replicated to the
 * meeting's countries.
 */
public record FollowUpStatus(UUID meeting, UUID followUp, boolean done, Instant at, String by) {

  /** The record kind under which statuses travel. */
  public static final String RECORD = "follow-up-status";
}
