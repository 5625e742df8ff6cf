package org.counterpart.analysis.joint;

import java.util.List;
import org.counterpart.core.analysis.JointRecord;
import org.jspecify.annotations.Nullable;

/**
 * What a node sends the hub in one call: new versions of its records, and the records it withdraws
 * (its case voided, or the record now held back).
 */
public record JointPush(@Nullable List<JointRecord> records, @Nullable List<Withdrawal> withdrawn) {

  /** A record withdrawn, at the version that withdraws it. */
  public record Withdrawal(String sourceRef, int version) {}

  /**
   * What the hub changed: records written and withdrawn (an old or repeated version changes none).
   */
  public record Received(int written, int withdrawn) {}
}
