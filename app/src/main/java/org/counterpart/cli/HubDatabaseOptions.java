package org.counterpart.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.counterpart.system.EmbeddedDatabase;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Where a command-line tool finds the hub's database: the embedded server of a data folder (reached
 * where it runs, started for the command when stopped), or an external PostgreSQL.
 */
final class HubDatabaseOptions {

  @Option(
      names = "--data-dir",
      description = "Data folder of the hub (default: ./data/hub unless --db-url is given).")
  @Nullable Path dataDir;

  @Option(names = "--db-url", description = "JDBC URL of an external PostgreSQL database.")
  @Nullable String dbUrl;

  @Option(names = "--db-user", description = "Login for --db-url.")
  @Nullable String dbUser;

  @Option(
      names = "--db-password-file",
      description = "File holding the password for --db-url (kept out of the process list).")
  @Nullable Path dbPasswordFile;

  /** Work to do on an open connection. */
  interface Work<T> {
    T run(Connection connection) throws Exception;
  }

  <T> T withConnection(CommandLine commandLine, Work<T> work) throws Exception {
    String url = dbUrl != null ? dbUrl : System.getenv("COUNTERPART_DB_URL");
    if (dataDir == null && url != null && !url.isBlank()) {
      try (Connection connection =
          DriverManager.getConnection(url, ExternalLogin.of(dbUser, dbPasswordFile))) {
        return work.run(checkHub(commandLine, connection));
      }
    }
    Path postgres = (dataDir != null ? dataDir : Path.of("data", "hub")).resolve("postgres");
    if (!Files.isDirectory(postgres)) {
      throw new CommandLine.ParameterException(
          commandLine, "no database in " + postgres.toAbsolutePath());
    }
    var running = EmbeddedDatabase.runningPort(postgres);
    if (running.isPresent()) {
      return onEmbedded(
          commandLine, "jdbc:postgresql://127.0.0.1:" + running.get() + "/postgres", work);
    }
    try (EmbeddedDatabase database = EmbeddedDatabase.start(postgres)) {
      return onEmbedded(commandLine, database.jdbcUrl("postgres"), work);
    }
  }

  private static <T> T onEmbedded(CommandLine commandLine, String url, Work<T> work)
      throws Exception {
    try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
      return work.run(checkHub(commandLine, connection));
    }
  }

  /** Refuses a node's database: the joint database lives on the hub only. */
  private static Connection checkHub(CommandLine commandLine, Connection connection)
      throws SQLException {
    try (var statement = connection.createStatement();
        var result =
            statement.executeQuery(
                "select role from instance_identity where singleton"
                    + " and exists (select 1 from pg_tables where tablename = 'joint_record')")) {
      if (result.next() && "HUB".equals(result.getString(1))) {
        return connection;
      }
    } catch (SQLException e) {
      // No instance_identity table: not a Counterpart database at all; refused below.
    }
    throw new CommandLine.ParameterException(
        commandLine, "this database is not the hub's joint database (start the hub once first)");
  }
}
