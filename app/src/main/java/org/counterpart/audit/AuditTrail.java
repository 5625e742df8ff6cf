package org.counterpart.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.counterpart.core.audit.AuditChain;
import org.counterpart.core.audit.AuditRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to and reads the audit trail.
 *
 * <p>An entry joins the caller's transaction, so a change and its record commit or roll back
 * together. Appends are serialised by a transaction-scoped advisory lock: the chain needs each
 * entry to know the hash of the one before.
 */
@Service
public class AuditTrail {

  private static final long CHAIN_LOCK = 0x436f756e74657270L;

  private final JdbcClient jdbc;
  private final Clock clock;

  AuditTrail(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * The trail on one connection, joining whatever transaction it is in: for the command line, which
   * works on the database without the server.
   */
  public static AuditTrail on(java.sql.Connection connection, Clock clock) {
    return new AuditTrail(
        JdbcClient.create(
            new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true)),
        clock);
  }

  @Transactional(propagation = Propagation.REQUIRED)
  public AuditRecord record(AuditEvent event) {
    jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
    record Head(long sequence, String hash) {}
    Head head =
        jdbc.sql("select sequence, hash from audit_log order by sequence desc limit 1")
            .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
            .optional()
            .orElse(new Head(0, AuditChain.GENESIS));
    long sequence = head.sequence() + 1;
    Instant at = AuditChain.truncate(clock.instant());
    String hash =
        AuditChain.hash(
            sequence,
            at,
            event.actor(),
            event.action(),
            event.objectType(),
            event.objectId(),
            event.purpose(),
            event.outcome(),
            event.details(),
            head.hash());
    jdbc.sql(
            """
            insert into audit_log (sequence, at, actor, action, object_type, object_id, purpose,
                                   outcome, details, previous_hash, hash)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            sequence,
            Timestamp.from(at),
            event.actor(),
            event.action(),
            event.objectType(),
            event.objectId(),
            event.purpose(),
            event.outcome(),
            event.details(),
            head.hash(),
            hash)
        .update();
    return new AuditRecord(
        sequence,
        at,
        event.actor(),
        event.action(),
        event.objectType(),
        event.objectId(),
        event.purpose(),
        event.outcome(),
        event.details(),
        head.hash(),
        hash);
  }

  /** Records in a transaction of its own: for events whose caller's work is being refused. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public AuditRecord recordSeparately(AuditEvent event) {
    return record(event);
  }

  @Transactional(readOnly = true)
  public List<AuditRecord> latest(int limit) {
    return jdbc.sql(
            """
            select sequence, at, actor, action, object_type, object_id, purpose, outcome, details,
                   previous_hash, hash
            from audit_log order by sequence desc limit ?
            """)
        .param(Math.clamp(limit, 1, 500))
        .query(AuditRows::toRecord)
        .list();
  }

  @Transactional(readOnly = true)
  public List<AuditRecord> byActionPrefix(String prefix, int limit) {
    return jdbc.sql(
            """
            select sequence, at, actor, action, object_type, object_id, purpose, outcome, details,
                   previous_hash, hash
            from audit_log where action like ? order by sequence desc limit ?
            """)
        .params(prefix.replace("%", "") + "%", Math.clamp(limit, 1, 500))
        .query(AuditRows::toRecord)
        .list();
  }
}
