package org.counterpart.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The joint risk analysis on the hub's database (merged with the other analysis commands). */
@Command(
    name = "analysis",
    mixinStandardHelpOptions = true,
    description = "The joint regional database and its risk analysis.",
    subcommands = {AnalysisReportCommand.class, CommandLine.HelpCommand.class})
final class AnalysisCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
