package org.counterpart.federation.hub;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.counterpart.system.HubOnly;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * Remembers the nonce of every signed request for as long as its timestamp is acceptable, so a
 * request replayed inside that window is recognised; outside it, the timestamp refuses it.
 */
@Repository
@HubOnly
class Nonces {

  private final JdbcClient jdbc;
  private final Clock clock;

  Nonces(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** True when the nonce is new for this party; false for a replay. */
  boolean firstUse(String party, String nonce) {
    return jdbc.sql(
                """
                insert into federation_nonce (party, nonce, seen_at) values (?, ?, ?)
                on conflict do nothing
                """)
            .params(party, nonce, Timestamp.from(clock.instant()))
            .update()
        == 1;
  }

  @Scheduled(fixedDelayString = "PT1M")
  void forgetExpired() {
    jdbc.sql("delete from federation_nonce where seen_at < ?")
        .param(Timestamp.from(clock.instant().minus(Duration.ofMinutes(10))))
        .update();
  }
}
