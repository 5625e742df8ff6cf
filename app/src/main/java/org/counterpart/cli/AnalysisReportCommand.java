package org.counterpart.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.counterpart.analysis.risk.RiskAnalysisProperties;
import org.counterpart.analysis.risk.RiskReports;
import org.counterpart.core.analysis.Period;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin HubDatabaseOptions database = new HubDatabaseOptions();

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
    return database.withConnection(
        spec.commandLine(),
        connection -> write(new SingleConnectionDataSource(connection, true), first, last));
  }

  private int write(DataSource source, Period first, Period last) throws Exception {
    byte[] pdf =
        RiskReports.standalone(source, new RiskAnalysisProperties(k, epsilon, null))
            .pdf(first, last, language);
    Files.write(out, pdf);
    spec.commandLine().getOut().println("wrote " + out + " (" + pdf.length + " bytes)");
    spec.commandLine().getOut().flush();
    return 0;
  }
}
