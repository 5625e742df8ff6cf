package org.counterpart.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.counterpart.CounterpartApplication;
import org.counterpart.demo.RegistryBenchmark;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Benchmarks that drive the real application on this machine. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Benchmarks on this machine (not tests: they report figures, they do not pass or fail).",
    subcommands = {
      BenchCommand.Cases.class,
      BenchCommand.Exchange.class,
      BenchCommand.Hits.class,
      AnalysisBenchCommand.class,
      CommandLine.HelpCommand.class
    })
final class BenchCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Loads a node with synthetic cases and measures import and search. */
  @Command(
      name = "cases",
      mixinStandardHelpOptions = true,
      description = {
        "Generate synthetic cases into a node's own database (a folder of its own), measuring the"
            + " bulk import rate, then time varied name and phone searches.",
        "Example: COUNTERPART_JAVA_OPTS=-Xmx1g ./counterpart bench cases --dir /tmp/bench-rs"
            + " --persons 1000000"
      })
  static final class Cases implements Callable<Integer> {

    @Option(names = "--dir", required = true, description = "Data folder of the benchmark node.")
    Path dir = Path.of("bench-data");

    @Option(names = "--persons", description = "Persons to load (default: ${DEFAULT-VALUE}).")
    int persons = 1_000_000;

    @Option(names = "--queries", description = "Queries of each kind (default: ${DEFAULT-VALUE}).")
    int queries = 1000;

    @Option(names = "--country", description = "The node's country (default: ${DEFAULT-VALUE}).")
    String country = "RS";

    @Option(names = "--seed", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed = 2026;

    @Override
    public Integer call() {
      var context =
          SpringApplication.run(
              CounterpartApplication.class,
              "--counterpart.role=node",
              "--counterpart.country=" + country,
              "--counterpart.data-dir=" + dir.toAbsolutePath(),
              "--server.port=0",
              "--logging.level.root=WARN",
              "--counterpart.db.pool-size=4");
      try {
        new RegistryBenchmark(context, System.out).run(country, seed, persons, queries);
        return 0;
      } finally {
        context.close();
      }
    }
  }

  /** Sends sealed messages between two nodes through a hub and counts what arrives. */
  @Command(
      name = "exchange",
      mixinStandardHelpOptions = true,
      description = {
        "Start a hub and two nodes (RS, BA) on this machine, each with its own PostgreSQL in a"
            + " folder of its own, send sealed messages from RS to BA at a target rate, and print"
            + " sent, delivered, lost, duplicated, throughput and latency from send to receipt.",
        "Example: ./counterpart bench exchange --dir /tmp/bench-exchange --messages 3000 --rate 50"
            + " --restart-hub"
      })
  static final class Exchange implements Callable<Integer> {

    @Option(names = "--dir", required = true, description = "Folder of the benchmark region.")
    Path dir = Path.of("bench-exchange");

    @Option(names = "--messages", description = "Messages to send (default: ${DEFAULT-VALUE}).")
    int messages = 1000;

    @Option(
        names = "--rate",
        description = "Target messages per second (default: ${DEFAULT-VALUE}).")
    int rate = 50;

    @Option(names = "--restart-hub", description = "Stop and restart the hub half way.")
    boolean restartHub;

    @Option(
        names = "--warm-up",
        description =
            "Seconds of messages at the same rate before measuring, not counted; then ten-second"
                + " rounds while the compiler is busy, at most 12 (default: ${DEFAULT-VALUE}).")
    int warmUp = 60;

    @Override
    public Integer call() throws Exception {
      if (messages < 1 || rate < 1 || warmUp < 0) {
        System.err.println("--messages and --rate must be positive, and --warm-up not negative");
        return 2;
      }
      new org.counterpart.demo.ExchangeBenchmark(System.out)
          .run(dir, messages, rate, restartHub, warmUp);
      return 0;
    }
  }

  /** Queries a hub's hit/no-hit index of many persons from a node at a fixed rate. */
  @Command(
      name = "hits",
      mixinStandardHelpOptions = true,
      description = {
        "Start a hub and two nodes (RS, BA) on this machine, each with its own PostgreSQL in a"
            + " folder of its own, index the encodings of PERSONS persons of RS on the hub, then"
            + " ask the region from BA at RATE queries per second and print the latency from the"
            + " query to its answer (p50, p95, p99) and how many known persons were found.",
        "Example: COUNTERPART_JAVA_OPTS=-Xmx6g ./counterpart bench hits --dir /tmp/bench-hits"
            + " --persons 1000000 --rate 100 --seconds 60"
      })
  static final class Hits implements Callable<Integer> {

    @Option(names = "--dir", required = true, description = "Folder of the benchmark region.")
    Path dir = Path.of("bench-hits");

    @Option(names = "--persons", description = "Persons indexed (default: ${DEFAULT-VALUE}).")
    int persons = 1_000_000;

    @Option(names = "--rate", description = "Queries per second (default: ${DEFAULT-VALUE}).")
    int rate = 100;

    @Option(names = "--seconds", description = "Measured seconds (default: ${DEFAULT-VALUE}).")
    int seconds = 60;

    @Option(
        names = "--warm-up",
        description =
            "Seconds of queries at the same rate before measuring (default: ${DEFAULT-VALUE}).")
    int warmUp = 30;

    @Override
    public Integer call() throws Exception {
      if (persons < 1 || rate < 1 || seconds < 1 || warmUp < 0) {
        System.err.println(
            "--persons, --rate and --seconds must be positive, and --warm-up not negative");
        return 2;
      }
      new org.counterpart.demo.HitsBenchmark(System.out).run(dir, persons, rate, seconds, warmUp);
      return 0;
    }
  }
}
