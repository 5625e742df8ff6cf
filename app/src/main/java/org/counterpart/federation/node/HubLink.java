package org.counterpart.federation.node;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.counterpart.federation.FederationProperties;
import org.counterpart.system.NodeOnly;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the node registered with the hub: a signed heartbeat at a steady pace while the hub
 * answers, backing off to once a minute while it does not. The node works on locally meanwhile.
 */
@Component
@NodeOnly
public class HubLink {

  private static final Logger log = LoggerFactory.getLogger(HubLink.class);

  private final HubClient hub;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final String version;
  private final Duration heartbeat;
  private final Duration maxBackoff;
  private final AtomicReference<Instant> nextAttempt = new AtomicReference<>(Instant.EPOCH);

  HubLink(HubClient hub, JdbcClient jdbc, Clock clock, FederationProperties properties) {
    this.hub = hub;
    this.heartbeat = properties.resolvedHeartbeat();
    this.maxBackoff = properties.resolvedMaxBackoff();
    this.jdbc = jdbc;
    this.clock = clock;
    String implementation = HubLink.class.getPackage().getImplementationVersion();
    this.version = implementation == null ? "development" : implementation;
  }

  /** The link as last observed. */
  public record Status(
      boolean configured,
      @Nullable Instant lastAttemptAt,
      @Nullable Instant lastSuccessAt,
      @Nullable String lastError,
      int consecutiveErrors) {

    public boolean connected() {
      return configured && consecutiveErrors == 0 && lastSuccessAt != null;
    }
  }

  @Scheduled(
      initialDelayString = "PT1S",
      fixedDelayString = "${counterpart.federation.heartbeat:PT10S}")
  void beat() {
    if (!hub.configured() || clock.instant().isBefore(nextAttempt.get())) {
      return;
    }
    Instant now = clock.instant();
    try {
      var response =
          hub.post("/federation/v1/heartbeat", "{\"softwareVersion\":\"" + version + "\"}");
      if (response.statusCode() / 100 != 2) {
        failed(now, "hub answered " + response.statusCode());
        return;
      }
      jdbc.sql(
              """
              update hub_link set last_attempt_at = ?, last_success_at = ?, last_error = null,
                     consecutive_errors = 0
              """)
          .params(Timestamp.from(now), Timestamp.from(now))
          .update();
      nextAttempt.set(Instant.EPOCH);
    } catch (java.io.IOException e) {
      failed(now, "hub unreachable: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void failed(Instant now, String error) {
    int errors =
        jdbc.sql(
                """
                update hub_link set last_attempt_at = ?, last_error = ?,
                       consecutive_errors = consecutive_errors + 1
                returning consecutive_errors
                """)
            .params(Timestamp.from(now), error)
            .query(Integer.class)
            .single();
    Duration wait = heartbeat.multipliedBy(1L << Math.min(errors, 6));
    nextAttempt.set(now.plus(wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait));
    if (errors == 1 || errors % 10 == 0) {
      log.warn("cannot reach the hub ({}); working locally, retrying", error);
    }
  }

  public Status status() {
    return jdbc.sql(
            "select last_attempt_at, last_success_at, last_error, consecutive_errors from hub_link")
        .query(
            (rs, n) ->
                new Status(
                    hub.configured(),
                    rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant(),
                    rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant(),
                    rs.getString(3),
                    rs.getInt(4)))
        .single();
  }
}
