package org.counterpart.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application's own PostgreSQL: durable settings, data kept, a killed owner recovered. */
class EmbeddedDatabaseIntegrationTest {

  @TempDir Path dir;

  private static String query(String url, String sql) throws SQLException {
    try (var connection = DriverManager.getConnection(url, "postgres", "");
        var rs = connection.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static void execute(String url, String sql) throws SQLException {
    try (var connection = DriverManager.getConnection(url, "postgres", "")) {
      connection.createStatement().execute(sql);
    }
  }

  @Test
  void commitsSynchronouslyAndListensOnLoopbackOnly() throws SQLException {
    try (var database = EmbeddedDatabase.start(dir.resolve("pg"))) {
      String url = database.jdbcUrl("postgres");
      assertThat(query(url, "show synchronous_commit")).isEqualTo("on");
      assertThat(query(url, "show listen_addresses")).isEqualTo("127.0.0.1");
    }
  }

  @Test
  void recoversFromAServerLeftByAKilledJvmAndKeepsTheData() throws Exception {
    Path data = dir.resolve("pg");
    // A child JVM starts the server, and is then killed with SIGKILL: its postgres lives on.
    var child =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                StartEmbeddedDatabase.class.getName(),
                data.toString())
            .redirectErrorStream(true)
            .start();
    int port;
    try (var out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && !line.startsWith("PORT ")) {
        // start-up chatter
      }
      assertThat(line).as("child started the server").isNotNull();
      port = Integer.parseInt(line.substring(5).trim());
      String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
      execute(url, "create table kept (v text); insert into kept values ('before the crash')");
      child.destroyForcibly();
      assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(EmbeddedDatabase.runningPort(data)).as("postgres outlived its JVM").contains(port);

    try (var database = EmbeddedDatabase.start(data)) {
      assertThat(query(database.jdbcUrl("postgres"), "select v from kept"))
          .isEqualTo("before the crash");
    }
    assertThat(EmbeddedDatabase.runningPort(data)).isEmpty();
  }
}
