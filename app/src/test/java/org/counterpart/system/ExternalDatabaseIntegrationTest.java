package org.counterpart.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import org.counterpart.cli.CounterpartCommand;
import org.counterpart.identity.Officials;
import org.counterpart.support.TestInstances;
import org.junit.jupiter.api.Test;

/**
 * A node on an external PostgreSQL server (Debian's, started by {@code .ci/run}): migrations as the
 * owner, work as the least-privilege login. Runs wherever COUNTERPART_TEST_EXTERNAL_DB_URL is set;
 * in CI it must be.
 */
class ExternalDatabaseIntegrationTest {

  @Test
  void aNodeRunsOnAnExternalServer() throws Exception {
    String url = System.getenv("COUNTERPART_TEST_EXTERNAL_DB_URL");
    if ("true".equals(System.getenv("CI"))) {
      assertThat(url).as("CI must provide COUNTERPART_TEST_EXTERNAL_DB_URL").isNotBlank();
    }
    assumeThat(url).as("no external PostgreSQL configured").isNotBlank();
    var properties = TestInstances.common(url, Files.createTempDirectory("external"));
    properties.put("counterpart.role", "node");
    properties.put("counterpart.country", "MK");
    properties.put("counterpart.db.user", System.getenv("COUNTERPART_TEST_EXTERNAL_DB_USER"));
    properties.put(
        "counterpart.db.password", System.getenv("COUNTERPART_TEST_EXTERNAL_DB_PASSWORD"));
    properties.put(
        "counterpart.db.admin-user", System.getenv("COUNTERPART_TEST_EXTERNAL_DB_ADMIN_USER"));
    properties.put(
        "counterpart.db.admin-password",
        System.getenv("COUNTERPART_TEST_EXTERNAL_DB_ADMIN_PASSWORD"));
    try (var node = TestInstances.start(properties)) {
      assertThat(node.getBean(Officials.class).find("officer.mk")).isPresent();
      String version =
          node.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
              .queryForObject("show server_version", String.class);
      assertThat(version).doesNotStartWith("18");
    }
    var passwordFile = Files.createTempFile("db-password", ".txt");
    Files.writeString(passwordFile, System.getenv("COUNTERPART_TEST_EXTERNAL_DB_PASSWORD"));
    var out = new StringWriter();
    var commandLine = CounterpartCommand.commandLine();
    commandLine.setOut(new PrintWriter(out));
    int exit =
        commandLine.execute(
            "audit",
            "verify",
            "--db-url",
            url,
            "--db-user",
            System.getenv("COUNTERPART_TEST_EXTERNAL_DB_USER"),
            "--db-password-file",
            passwordFile.toString());
    assertThat(out.toString()).startsWith("audit chain intact:");
    assertThat(exit).isZero();
  }
}
