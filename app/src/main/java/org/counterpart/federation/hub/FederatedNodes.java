package org.counterpart.federation.hub;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.counterpart.system.HubOnly;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The hub's register of nodes: who has registered, with which certificate, and when last seen. */
@Repository
@HubOnly
public class FederatedNodes {

  /** A node that has not been heard from for this long is shown as disconnected. */
  static final Duration CONNECTED_WITHIN = Duration.ofSeconds(45);

  private final JdbcClient jdbc;
  private final Clock clock;

  FederatedNodes(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A registered node as the hub sees it. */
  public record FederatedNode(
      String country,
      String certificateFingerprint,
      String softwareVersion,
      Instant registeredAt,
      Instant lastSeenAt,
      boolean connected) {}

  @Transactional
  public FederatedNode seen(
      String country, String fingerprint, String version, String certificatePem) {
    Instant now = clock.instant();
    jdbc.sql(
            """
            insert into federated_node (country, certificate_fingerprint, software_version,
                                        registered_at, last_seen_at, certificate_pem)
            values (?, ?, ?, ?, ?, ?)
            on conflict (country) do update set certificate_fingerprint = excluded.certificate_fingerprint,
                software_version = excluded.software_version, last_seen_at = excluded.last_seen_at,
                certificate_pem = excluded.certificate_pem
            """)
        .params(
            country, fingerprint, version, Timestamp.from(now), Timestamp.from(now), certificatePem)
        .update();
    return all().stream().filter(n -> n.country().equals(country)).findFirst().orElseThrow();
  }

  /** Each registered node's certificate, PEM, for nodes to seal messages to one another. */
  public java.util.Map<String, String> certificates() {
    var certificates = new java.util.TreeMap<String, String>();
    jdbc.sql(
            "select country, certificate_pem from federated_node where certificate_pem is not null")
        .query((rs, n) -> certificates.put(rs.getString(1), rs.getString(2)))
        .list();
    return certificates;
  }

  /** Whether a node has registered. */
  public boolean registered(String country) {
    return jdbc.sql("select count(*) from federated_node where country = ?")
            .param(country)
            .query(Integer.class)
            .single()
        > 0;
  }

  public List<FederatedNode> all() {
    Instant connectedSince = clock.instant().minus(CONNECTED_WITHIN);
    return jdbc.sql(
            """
            select country, certificate_fingerprint, software_version, registered_at, last_seen_at
            from federated_node order by country
            """)
        .query(
            (rs, n) -> {
              Instant lastSeen = rs.getTimestamp(5).toInstant();
              return new FederatedNode(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getTimestamp(4).toInstant(),
                  lastSeen,
                  lastSeen.isAfter(connectedSince));
            })
        .list();
  }
}
