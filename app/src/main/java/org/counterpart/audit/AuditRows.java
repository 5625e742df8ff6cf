package org.counterpart.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.counterpart.core.audit.AuditRecord;

/** Maps rows of {@code audit_log} to records; shared by the trail and the verifier. */
final class AuditRows {

  static final String SELECT_IN_ORDER =
      """
      select sequence, at, actor, action, object_type, object_id, purpose, outcome, details,
             previous_hash, hash
      from audit_log order by sequence
      """;

  private AuditRows() {}

  static AuditRecord toRecord(ResultSet rs, int row) throws SQLException {
    return new AuditRecord(
        rs.getLong("sequence"),
        rs.getTimestamp("at").toInstant(),
        rs.getString("actor"),
        rs.getString("action"),
        rs.getString("object_type"),
        rs.getString("object_id"),
        rs.getString("purpose"),
        rs.getString("outcome"),
        rs.getString("details"),
        rs.getString("previous_hash"),
        rs.getString("hash"));
  }
}
