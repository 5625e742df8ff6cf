package org.counterpart.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.counterpart.cases.Actor;
import org.counterpart.identity.UserRole;
import org.counterpart.support.ChildInstance;
import org.counterpart.support.Eventually;
import org.counterpart.support.TestDatabases;
import org.counterpart.support.TestInstances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hub is killed with SIGKILL while messages flow and started again: every message arrives,
 * exactly once.
 */
class HubCrashIntegrationTest {

  static Process hub;
  static ConfigurableApplicationContext rs;
  static ConfigurableApplicationContext ba;

  @AfterAll
  static void stop() {
    if (hub != null) {
      hub.destroyForcibly();
    }
    for (var context : new ConfigurableApplicationContext[] {rs, ba}) {
      if (context != null) {
        context.close();
      }
    }
  }

  static Process startHub(Map<String, Object> properties, Path log) throws Exception {
    Process process = ChildInstance.start(properties, log);
    return process;
  }

  @Test
  void killingTheHubMidStreamLosesNothingAndDoublesNothing() throws Exception {
    Path dir = Files.createTempDirectory("hub-crash");
    Path pki = TestInstances.pki(dir.resolve("pki"), "RS", "BA");
    int port = TestInstances.freePort();
    var hubProperties =
        TestInstances.common(TestDatabases.newDatabase("crashhub"), dir.resolve("hub"));
    hubProperties.put("counterpart.role", "hub");
    hubProperties.put("counterpart.federation.pki-dir", pki.toString());
    hubProperties.put("counterpart.federation.port", String.valueOf(port));
    hubProperties.put("counterpart.demo.enabled", "false");
    Path log = dir.resolve("hub.log");
    hub = startHub(hubProperties, log);
    rs = node("RS", dir, pki, port);
    ba = node("BA", dir, pki, port);
    Eventually.within(
        Duration.ofSeconds(60),
        "both nodes see each other's certificates",
        () ->
            rs.getBean(Peers.class).certificate("BA").isPresent()
                && ba.getBean(Peers.class).certificate("RS").isPresent());

    var messages = rs.getBean(Messages.class);
    var officer = new Actor("officer.rs", Set.of(UserRole.FIRST_LINE_OFFICER));
    var contactPoint = new Actor("ilecu.rs", Set.of(UserRole.CONTACT_POINT));
    List<String> sent = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      String id =
          messages.draft(
              new Messages.Draft(
                  "BA",
                  MessageType.SPONTANEOUS_INFORMATION,
                  Urgency.NORMAL,
                  "H0",
                  null,
                  "A",
                  "1",
                  "Message " + i,
                  "Body " + i,
                  null,
                  null),
              officer);
      messages.send(id, contactPoint);
      sent.add(id);
      if (i == 30) {
        hub.destroyForcibly().waitFor();
      }
      if (i == 50) {
        hub = startHub(hubProperties, log);
      }
      Thread.sleep(50);
    }
    var baDb = ba.getBean(JdbcTemplate.class);
    Eventually.within(
        Duration.ofSeconds(90),
        "every message delivered to BA",
        () ->
            baDb.queryForObject(
                    "select count(*) from exchange_message where direction = 'IN' and subject like 'Message %'",
                    Integer.class)
                == sent.size());
    List<String> received =
        baDb.queryForList(
            "select id::text from exchange_message where direction = 'IN' and subject like 'Message %'",
            String.class);
    assertThat(received).hasSize(sent.size()).containsExactlyInAnyOrderElementsOf(sent);
    assertThat(
            rs.getBean(JdbcTemplate.class)
                .queryForObject(
                    "select count(*) from exchange_message where status <> 'SENT' and direction = 'OUT'",
                    Integer.class))
        .isZero();
  }

  static ConfigurableApplicationContext node(String country, Path dir, Path pki, int port)
      throws Exception {
    var properties =
        TestInstances.common(
            TestDatabases.newDatabase("crash" + country.toLowerCase()),
            dir.resolve(country.toLowerCase()));
    properties.put("counterpart.role", "node");
    properties.put("counterpart.country", country);
    properties.put("counterpart.federation.pki-dir", pki.toString());
    properties.put("counterpart.federation.hub-url", "https://127.0.0.1:" + port);
    properties.put("counterpart.exchange.poll", "PT0.2S");
    properties.put("counterpart.exchange.max-backoff", "PT2S");
    return TestInstances.start(properties);
  }
}
