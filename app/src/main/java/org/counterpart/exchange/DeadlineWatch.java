package org.counterpart.exchange;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.counterpart.audit.AuditEvent;
import org.counterpart.audit.AuditTrail;
import org.counterpart.system.NodeOnly;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clock on every incoming request: a reminder when three quarters of its time are gone, an
 * escalation to the supervisor (node administrators and the contact point see it) once the deadline
 * has passed without a reply.
 */
@Component
@NodeOnly
public class DeadlineWatch {

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;

  DeadlineWatch(JdbcClient jdbc, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** What one pass of the watch did. */
  public record Pass(List<String> reminded, List<String> escalated) {}

  @Scheduled(fixedDelayString = "${counterpart.exchange.deadline-check:PT1M}")
  void watch() {
    check(clock.instant());
  }

  /** Reminds and escalates as of {@code now}. */
  @Transactional
  public Pass check(Instant now) {
    List<String> reminded =
        jdbc.sql(
                """
                update exchange_message set reminded_at = :now
                where direction = 'IN' and deadline is not null and answered_at is null
                  and reminded_at is null and status in ('RECEIVED', 'READ')
                  and :now >= deadline - (deadline - received_at) / 4
                returning id
                """)
            .param("now", Timestamp.from(now))
            .query(String.class)
            .list();
    List<String> escalated =
        jdbc.sql(
                """
                update exchange_message set escalated_at = :now
                where direction = 'IN' and deadline is not null and answered_at is null
                  and escalated_at is null and status in ('RECEIVED', 'READ')
                  and :now >= deadline
                returning id
                """)
            .param("now", Timestamp.from(now))
            .query(String.class)
            .list();
    reminded.forEach(
        id -> audit.record(AuditEvent.of("counterpart", "message.reminder", "message", id)));
    escalated.forEach(
        id ->
            audit.record(
                AuditEvent.of("counterpart", "message.escalated", "message", id)
                    .outcome("overdue")));
    return new Pass(reminded, escalated);
  }

  /** An overdue request as the supervisor sees it. */
  public record Overdue(String id, String from, String subject, Instant deadline) {}

  @Transactional(readOnly = true)
  public List<Overdue> escalated() {
    return jdbc.sql(
            """
            select id, counterpart, subject, deadline from exchange_message
            where escalated_at is not null and answered_at is null order by deadline
            """)
        .query(
            (rs, n) ->
                new Overdue(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getTimestamp(4).toInstant()))
        .list();
  }
}
