package org.counterpart.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.counterpart.audit.AuditVerifier;
import org.counterpart.core.audit.AuditChain;
import org.counterpart.system.EmbeddedDatabase;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Tools for the audit trail. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Tools for the hash-chained audit trail.",
    subcommands = {AuditCommand.Verify.class, CommandLine.HelpCommand.class})
final class AuditCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Walks the chain of one database and names the first broken entry. */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Check the audit chain of a database. Prints 'audit chain intact: N entries' and exits 0,"
            + " or names the first broken entry and exits 1.",
        "The database is the one of --data-dir (a running node's or hub's embedded server is"
            + " reached where it runs; a stopped one is started for the check), or --db-url, or"
            + " COUNTERPART_DB_URL with COUNTERPART_DB_USER and COUNTERPART_DB_PASSWORD."
      })
  static final class Verify implements Callable<Integer> {

    @Option(names = "--data-dir", description = "Data folder of a node or the hub.")
    @Nullable Path dataDir;

    @Option(names = "--db-url", description = "JDBC URL of an external PostgreSQL database.")
    @Nullable String dbUrl;

    @Option(names = "--db-user", description = "Login for --db-url.")
    @Nullable String dbUser;

    @Option(
        names = "--db-password-file",
        description = "File holding the password for --db-url (kept out of the process list).")
    @Nullable Path dbPasswordFile;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (dataDir != null) {
        return verifyDataDir(dataDir.resolve("postgres"));
      }
      String url = dbUrl != null ? dbUrl : System.getenv("COUNTERPART_DB_URL");
      if (url == null || url.isBlank()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "name a database: --data-dir, --db-url or COUNTERPART_DB_URL");
      }
      try (Connection connection =
          DriverManager.getConnection(url, ExternalLogin.of(dbUser, dbPasswordFile))) {
        return report(connection);
      }
    }

    private int verifyDataDir(Path postgresDir) throws SQLException {
      if (!Files.isDirectory(postgresDir)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "no database in " + postgresDir.toAbsolutePath());
      }
      var running = EmbeddedDatabase.runningPort(postgresDir);
      if (running.isPresent()) {
        return reportOn("jdbc:postgresql://127.0.0.1:" + running.get() + "/postgres");
      }
      try (EmbeddedDatabase database = EmbeddedDatabase.start(postgresDir)) {
        return reportOn(database.jdbcUrl("postgres"));
      }
    }

    private int reportOn(String url) throws SQLException {
      try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
        return report(connection);
      }
    }

    private int report(Connection connection) throws SQLException {
      var out = spec.commandLine().getOut();
      AuditChain.Verification result = AuditVerifier.verify(connection);
      return switch (result) {
        case AuditChain.Verification.Intact intact -> {
          out.println("audit chain intact: " + intact.entries() + " entries");
          out.flush();
          yield 0;
        }
        case AuditChain.Verification.Broken broken -> {
          out.println(
              "audit chain broken at entry "
                  + broken.sequence()
                  + ": "
                  + broken.reason()
                  + " ("
                  + broken.checked()
                  + " entries before it are intact)");
          out.flush();
          yield 1;
        }
      };
    }
  }
}
