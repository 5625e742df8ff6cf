package org.counterpart.cooperation;

/** What a joint operation at a Police Cooperation Centre is. */
public enum OperationKind {
  /** Officers of two or more countries patrol a section of the border together. */
  JOINT_PATROL,
  /** A surveillance handed over to the other country's officers at the border. */
  SURVEILLANCE_HANDOVER,
  /** A hot pursuit handed over to the other country's officers at the border. */
  HOT_PURSUIT_HANDOVER
}
