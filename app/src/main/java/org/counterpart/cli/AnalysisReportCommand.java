package org.counterpart.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.counterpart.analysis.risk.RiskAnalysisProperties;
import org.counterpart.analysis.risk.RiskReports;
import org.counterpart.core.analysis.Period;
import org.counterpart.system.EmbeddedDatabase;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes the joint risk analysis report of a span of quarters, the PDF the dashboard serves. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write the joint risk analysis report (CIRAM's shape, PDF) of the hub's joint database.",
      "Example: counterpart analysis report --data-dir hub-data --from 2024Q1 --to 2024Q4"
          + " --out report.pdf --language sr-Cyrl"
    })
final class AnalysisReportCommand implements Callable<Integer> {

  @Option(names = "--from", required = true, description = "First quarter, e.g. 2024Q1.")
  String from = "";

  @Option(names = "--to", required = true, description = "Last quarter, e.g. 2024Q4.")
  String to = "";

  @Option(names = "--out", required = true, description = "The PDF file to write.")
  Path out = Path.of("report.pdf");

  @Option(
      names = "--language",
      description = "en, sq, sr-Latn, sr-Cyrl, mk, bs or cnr (default: ${DEFAULT-VALUE}).")
  String language = "en";

  @Option(names = "--k", description = "Suppress counts below k (default: ${DEFAULT-VALUE}).")
  int k = 5;

  @Option(names = "--epsilon", description = "Laplace noise per count (default: none).")
  @Nullable Double epsilon;

  @Option(names = "--data-dir", description = "Data folder of the hub.")
  @Nullable Path dataDir;

  @Option(names = "--db-url", description = "JDBC URL of the hub's external PostgreSQL database.")
  @Nullable String dbUrl;

  @Option(names = "--db-user", description = "Login for --db-url.")
  @Nullable String dbUser;

  @Option(names = "--db-password-file", description = "File holding the password for --db-url.")
  @Nullable Path dbPasswordFile;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Period first;
    Period last;
    try {
      first = Period.parse(from);
      last = Period.parse(to);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--from/--to: " + e.getMessage());
    }
    if (first.compareTo(last) > 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--from is after --to");
    }
    if (dataDir != null) {
      Path postgres = dataDir.resolve("postgres");
      var running = EmbeddedDatabase.runningPort(postgres);
      if (running.isPresent()) {
        return write(
            "jdbc:postgresql://127.0.0.1:" + running.get() + "/postgres",
            "postgres",
            "",
            first,
            last);
      }
      try (EmbeddedDatabase database = EmbeddedDatabase.start(postgres)) {
        return write(database.jdbcUrl("postgres"), "postgres", "", first, last);
      }
    }
    String url = dbUrl != null ? dbUrl : System.getenv("COUNTERPART_DB_URL");
    if (url == null || url.isBlank()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "name a database: --data-dir, --db-url or COUNTERPART_DB_URL");
    }
    String user = dbUser != null ? dbUser : System.getenv("COUNTERPART_DB_USER");
    String password =
        dbPasswordFile != null
            ? Files.readString(dbPasswordFile, StandardCharsets.UTF_8).trim()
            : System.getenv("COUNTERPART_DB_PASSWORD");
    return write(url, user, password, first, last);
  }

  private int write(
      String url, @Nullable String user, @Nullable String password, Period first, Period last)
      throws Exception {
    var source = new PGSimpleDataSource();
    source.setUrl(url);
    if (user != null) {
      source.setUser(user);
    }
    if (password != null) {
      source.setPassword(password);
    }
    byte[] pdf =
        RiskReports.standalone(source, new RiskAnalysisProperties(k, epsilon, null))
            .pdf(first, last, language);
    Files.write(out, pdf);
    spec.commandLine().getOut().println("wrote " + out + " (" + pdf.length + " bytes)");
    spec.commandLine().getOut().flush();
    return 0;
  }
}
