package org.counterpart.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command line; each subcommand is one role or one tool. */
@Command(
    name = "counterpart",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Counterpart: regional cooperation against trafficking in human beings and migrant"
          + " smuggling.",
      "Run a whole demo region, one node or the hub, or a tool."
    },
    subcommands = {
      DemoCommand.class,
      NodeCommand.class,
      HubCommand.class,
      AuditCommand.class,
      BenchCommand.class,
      ScreenCommand.class,
      PprlCommand.class,
      AnalysisCommand.class,
      CommandLine.HelpCommand.class
    })
public final class CounterpartCommand implements Runnable {

  /** Exit code a server command returns so that {@code main} leaves the JVM running. */
  public static final int KEEP_RUNNING = -1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static CommandLine commandLine() {
    var commandLine = new CommandLine(new CounterpartCommand());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExitCodeExceptionMapper(e -> 2);
    return commandLine;
  }
}
