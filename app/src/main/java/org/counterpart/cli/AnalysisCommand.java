package org.counterpart.cli;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Year;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.counterpart.analysis.ctdc.CtdcFileRejected;
import org.counterpart.analysis.ctdc.CtdcGenerator;
import org.counterpart.analysis.ctdc.CtdcImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The joint risk analysis on the hub: CTDC import, and the Spark path (export and job), which the
 * {@code ./counterpart} launcher runs from the separate {@code spark} module so that this
 * application does not carry Spark.
 */
@Command(
    name = "analysis",
    mixinStandardHelpOptions = true,
    description = "The joint regional database and risk analysis on the hub.",
    subcommands = {
      AnalysisCommand.ImportCtdc.class,
      AnalysisReportCommand.class,
      AnalysisCommand.GenerateCtdc.class,
      AnalysisCommand.SparkOnly.Export.class,
      AnalysisCommand.SparkOnly.Job.class,
      CommandLine.HelpCommand.class
    })
final class AnalysisCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "import-ctdc",
      mixinStandardHelpOptions = true,
      description = {
        "Import CTDC's k-anonymised global file (semicolon-separated, 64 columns) into the hub's"
            + " joint database. Every row is checked first; one impossible cell refuses the whole"
            + " file, naming its line and column, and nothing is imported. A file already"
            + " imported is refused.",
        "Exit codes: 0 imported, 1 refused (the reason on standard error), 2 bad usage."
      })
  static final class ImportCtdc implements Callable<Integer> {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Mixin HubDatabaseOptions database = new HubDatabaseOptions();

    @Parameters(paramLabel = "FILE", description = "The CTDC file (UTF-8).")
    Path file;

    @Override
    public Integer call() throws Exception {
      var bundle = ResourceBundle.getBundle("messages", Locale.getDefault());
      var service = new CtdcImport(Clock.systemUTC());
      String by = "cli:" + System.getProperty("user.name", "unknown");
      try {
        var imported =
            database.withConnection(spec.commandLine(), c -> service.importFile(c, file, by));
        spec.commandLine()
            .getOut()
            .println(
                MessageFormat.format(
                    bundle.getString("analysis.ctdc.imported"),
                    String.valueOf(imported.rows()),
                    imported.fileName(),
                    String.format(Locale.ROOT, "%.1f", imported.seconds()),
                    String.format(Locale.ROOT, "%.0f", imported.rowsPerSecond())));
        return 0;
      } catch (CtdcFileRejected rejected) {
        spec.commandLine().getErr().println(describe(bundle, rejected));
        return 1;
      }
    }

    static String describe(ResourceBundle bundle, CtdcFileRejected rejected) {
      String reason =
          MessageFormat.format(
              bundle.getString(rejected.messageKey()), rejected.arguments().toArray());
      if (rejected.line() == 0) {
        return MessageFormat.format(bundle.getString("analysis.ctdc.rejected-file"), reason);
      }
      return MessageFormat.format(
          bundle.getString("analysis.ctdc.rejected"),
          String.valueOf(rejected.line()),
          rejected.column() == 0 ? "-" : String.valueOf(rejected.column()),
          rejected.columnName(),
          reason);
    }
  }

  @Command(
      name = "generate-ctdc",
      mixinStandardHelpOptions = true,
      description = "Write a synthetic CTDC-format file, for benchmarks of import-ctdc.")
  static final class GenerateCtdc implements Callable<Integer> {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--rows", defaultValue = "1000000", description = "Rows (default: 1000000).")
    long rows;

    @Option(names = "--seed", defaultValue = "7", description = "Random seed (default: 7).")
    long seed;

    @Option(
        names = "--fresh-share",
        paramLabel = "SHARE",
        description =
            "Share of rows drawn afresh, the others repeating frequent rows as CTDC's k-anonymised"
                + " file does (default: 0.3, close to CTDC's sample; 1: every row distinct, the"
                + " import's worst case).")
    double freshShare = CtdcGenerator.CTDC_FRESH_SHARE;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Override
    public Integer call() throws Exception {
      if (!(freshShare >= 0 && freshShare <= 1)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--fresh-share: a share between 0 and 1, not " + freshShare);
      }
      CtdcGenerator.write(out, rows, seed, Year.now().getValue(), freshShare);
      spec.commandLine().getOut().println("wrote " + rows + " rows to " + out);
      return 0;
    }
  }

  /** Commands of the {@code spark} module; listed here so that help shows them. */
  static final class SparkOnly {

    private SparkOnly() {}

    private static final String HINT =
        "This command runs from the spark module: use the ./counterpart launcher, which builds"
            + " and starts it (spark/target/counterpart-spark.jar with spark/target/lib/*).";

    /** Says where the command runs instead, whatever its arguments. */
    abstract static class Stub implements Callable<Integer> {
      @CommandLine.Spec CommandLine.Model.CommandSpec spec;

      @CommandLine.Unmatched String[] rest = new String[0];

      @Override
      public Integer call() {
        spec.commandLine().getErr().println(HINT);
        return 2;
      }
    }

    @Command(
        name = "export",
        description = "Write the hub's joint records as Parquet (runs in the spark module).")
    static final class Export extends Stub {}

    @Command(
        name = "spark",
        description = "Run the quarterly counts as a Spark job (runs in the spark module).")
    static final class Job extends Stub {}
  }
}
