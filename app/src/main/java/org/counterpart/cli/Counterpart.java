package org.counterpart.cli;

/** Entry point of every role and tool: {@code counterpart demo|node|hub|audit ...}. */
public final class Counterpart {

  private Counterpart() {}

  public static void main(String[] args) {
    int exit = CounterpartCommand.commandLine().execute(args);
    if (exit != CounterpartCommand.KEEP_RUNNING) {
      System.exit(exit);
    }
  }
}
