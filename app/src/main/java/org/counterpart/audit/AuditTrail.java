package org.counterpart.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.counterpart.core.audit.AuditChain;
import org.counterpart.core.audit.AuditRecord;
import org.springframework.jdbc.core.JdbcTemplate;
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

  private final JdbcTemplate jdbcTemplate;
  private final JdbcClient jdbc;
  private final Clock clock;

  AuditTrail(JdbcTemplate jdbcTemplate, Clock clock) {
    this.jdbcTemplate = jdbcTemplate;
    this.jdbc = JdbcClient.create(jdbcTemplate);
    this.clock = clock;
  }

  /**
   * The trail on one connection, joining whatever transaction it is in: for the command line, which
   * works on the database without the server.
   */
  public static AuditTrail on(java.sql.Connection connection, Clock clock) {
    return new AuditTrail(
        new JdbcTemplate(
            new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true)),
        clock);
  }

  @Transactional(propagation = Propagation.REQUIRED)
  public AuditRecord record(AuditEvent event) {
    return recordAll(List.of(event)).getFirst();
  }

  /**
   * Appends several entries in the caller's transaction, in order: one lock, one read of the head
   * and one batch of inserts, where {@link #record} one at a time would take the lock and read the
   * head for each.
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public List<AuditRecord> recordAll(List<AuditEvent> events) {
    if (events.isEmpty()) {
      return List.of();
    }
    // Takes the chain's lock, then reads the head (V5__audit_chain_head.sql).
    record Head(long sequence, String hash) {}
    Head head =
        jdbc.sql("select head_sequence, head_hash from audit_chain_head(?)")
            .param(CHAIN_LOCK)
            .query(
                (rs, n) ->
                    rs.getString(2) == null
                        ? new Head(0, AuditChain.GENESIS)
                        : new Head(rs.getLong(1), rs.getString(2)))
            .single();
    Instant at = AuditChain.truncate(clock.instant());
    List<AuditRecord> records = new ArrayList<>(events.size());
    long sequence = head.sequence();
    String previous = head.hash();
    for (AuditEvent event : events) {
      var entry =
          new AuditRecord(
              ++sequence,
              at,
              event.actor(),
              event.action(),
              event.objectType(),
              event.objectId(),
              event.purpose(),
              event.outcome(),
              event.details(),
              previous,
              "");
      previous = AuditChain.hashOf(entry);
      records.add(entry.withHash(previous));
    }
    String insert =
        """
        insert into audit_log (sequence, at, actor, action, object_type, object_id, purpose,
                               outcome, details, previous_hash, hash)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """;
    if (records.size() == 1) {
      jdbc.sql(insert).params(values(records.getFirst())).update();
    } else {
      // One round trip for the whole batch.
      jdbcTemplate.batchUpdate(insert, records.stream().map(AuditTrail::values).toList());
    }
    return records;
  }

  private static Object[] values(AuditRecord entry) {
    return new Object[] {
      entry.sequence(),
      Timestamp.from(entry.at()),
      entry.actor(),
      entry.action(),
      entry.objectType(),
      entry.objectId(),
      entry.purpose(),
      entry.outcome(),
      entry.details(),
      entry.previousHash(),
      entry.hash()
    };
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
