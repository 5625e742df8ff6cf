package org.counterpart.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.counterpart.cli.CounterpartCommand;
import org.counterpart.support.TestDatabases;
import org.counterpart.support.TestInstances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** The chain on a real node's database, and {@code counterpart audit verify} on it. */
class AuditTrailIntegrationTest {

  static String url;
  static ConfigurableApplicationContext node;

  @BeforeAll
  static void start() throws Exception {
    Path dir = Files.createTempDirectory("audit");
    url = TestDatabases.newDatabase("audit");
    var properties = TestInstances.common(url, dir);
    properties.put("counterpart.role", "node");
    properties.put("counterpart.country", "ME");
    node = TestInstances.start(properties);
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static String[] verify() {
    var out = new StringWriter();
    var commandLine = CounterpartCommand.commandLine();
    commandLine.setOut(new PrintWriter(out));
    int exit = commandLine.execute("audit", "verify", "--db-url", url, "--db-user", "postgres");
    return new String[] {String.valueOf(exit), out.toString().trim()};
  }

  @Test
  void verifyReportsAnIntactChainThenNamesTheTamperedEntry() throws Exception {
    var trail = node.getBean(AuditTrail.class);
    for (int i = 0; i < 5; i++) {
      trail.record(
          AuditEvent.of("officer.me", "person.identity.viewed", "person", "P-" + i)
              .because("case ME-2026-1"));
    }
    long entries = trail.latest(1).getFirst().sequence();
    assertThat(verify()).containsExactly("0", "audit chain intact: " + entries + " entries");

    long tampered = entries - 2;
    // An intruder with the owner's rights can switch the guard trigger off; the chain still tells.
    TestDatabases.execute(
        url.substring(url.lastIndexOf('/') + 1),
        "set session_replication_role = replica; update audit_log set actor = 'nobody' where sequence = "
            + tampered);
    String[] result = verify();
    assertThat(result[0]).isEqualTo("1");
    assertThat(result[1]).startsWith("audit chain broken at entry " + tampered + ":");
  }

  @Test
  void writersAtOnceSingleOrInBatchesExtendOneUnbrokenChain() throws Exception {
    var trail = node.getBean(AuditTrail.class);
    long before = trail.latest(1).getFirst().sequence();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    var done = new java.util.ArrayList<java.util.concurrent.Future<?>>();
    for (int w = 0; w < 4; w++) {
      String writer = "writer." + w;
      done.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 10; i++) {
                  trail.record(AuditEvent.of(writer, "message.sent", "message", "M-" + i));
                  var batch =
                      trail.recordAll(
                          java.util.List.of(
                              AuditEvent.of(writer, "message.received", "message", "A-" + i),
                              AuditEvent.of(writer, "message.received", "message", "B-" + i),
                              AuditEvent.of(writer, "message.received", "message", "C-" + i)));
                  assertThat(batch)
                      .extracting(e -> e.objectId())
                      .containsExactly("A-" + i, "B-" + i, "C-" + i);
                }
                return null;
              }));
    }
    for (var writer : done) {
      writer.get();
    }
    pool.shutdown();
    // Each writer read the head under the lock: had two read the same head, their entries would
    // share a sequence (refused by the key) or fork the chain (caught below). Entries the node
    // wrote meanwhile, if any, are part of the same chain.
    var written = new java.util.ArrayList<>(trail.latest(500));
    written.removeIf(entry -> entry.sequence() <= before);
    java.util.Collections.reverse(written);
    assertThat(written).filteredOn(e -> e.actor().startsWith("writer.")).hasSize(160);
    for (int i = 0; i < written.size(); i++) {
      var entry = written.get(i);
      assertThat(entry.sequence()).isEqualTo(before + 1 + i);
      assertThat(entry.hash()).isEqualTo(org.counterpart.core.audit.AuditChain.hashOf(entry));
      if (i > 0) {
        assertThat(entry.previousHash()).isEqualTo(written.get(i - 1).hash());
      }
    }
  }

  @Test
  void theApplicationLoginCannotChangeOrDeleteEntries() throws SQLException {
    node.getBean(AuditTrail.class).record(AuditEvent.of("admin.me", "user.listed", "user", "*"));
    try (var connection =
            DriverManager.getConnection(url, TestDatabases.APP_USER, TestDatabases.APP_PASSWORD);
        var statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.executeUpdate("update audit_log set actor = 'x'"))
          .hasMessageContaining("permission denied");
      assertThatThrownBy(() -> statement.executeUpdate("delete from audit_log"))
          .hasMessageContaining("permission denied");
      assertThatThrownBy(() -> statement.executeUpdate("truncate audit_log"))
          .hasMessageContaining("permission denied");
    }
  }

  @Test
  void evenTheOwnerCannotUpdateWhileTheGuardIsOn() throws SQLException {
    node.getBean(AuditTrail.class).record(AuditEvent.of("admin.me", "user.listed", "user", "*"));
    try (var connection = DriverManager.getConnection(url, "postgres", "");
        var statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.executeUpdate("delete from audit_log"))
          .hasMessageContaining("append-only");
    }
  }
}
