package org.counterpart.exchange;

/** What a message between contact points carries. */
public enum MessageType {
  INFORMATION_REQUEST,
  REPLY,
  SPONTANEOUS_INFORMATION,
  HIT_FOLLOW_UP,
  JOINT_OPERATION_REQUEST,
  TRANSNATIONAL_REFERRAL,
  MLA_REQUEST,
  /** Delivered, read, accepted or refused: sent back by the receiving node, never shown alone. */
  ACKNOWLEDGEMENT
}
