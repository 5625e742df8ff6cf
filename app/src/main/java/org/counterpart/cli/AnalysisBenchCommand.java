package org.counterpart.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.counterpart.CounterpartApplication;
import org.counterpart.analysis.risk.JointRecordCopy;
import org.counterpart.analysis.risk.RiskReports;
import org.counterpart.core.analysis.Period;
import org.counterpart.core.analysis.SyntheticRecords;
import org.springframework.boot.SpringApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Loads synthetic records into a hub's joint database and times the full quarterly report. */
@Command(
    name = "risk-report",
    mixinStandardHelpOptions = true,
    description = {
      "Load synthetic de-identified records into a hub's joint database (COPY; skipped when it"
          + " already holds them) and time the joint risk analysis report, median of --runs.",
      "Example: COUNTERPART_JAVA_OPTS=-Xmx1g ./counterpart bench risk-report --dir /tmp/bench-hub"
          + " --records 10000000"
    })
final class AnalysisBenchCommand implements Callable<Integer> {

  @Option(names = "--dir", required = true, description = "Data folder of the benchmark hub.")
  Path dir = Path.of("bench-hub");

  @Option(names = "--records", description = "Records to load (default: ${DEFAULT-VALUE}).")
  int records = 10_000_000;

  @Option(names = "--first", description = "First quarter generated (default: ${DEFAULT-VALUE}).")
  String first = "2020Q1";

  @Option(names = "--from", description = "Report from (default: ${DEFAULT-VALUE}).")
  String from = "2024Q1";

  @Option(
      names = "--to",
      description = "Report to, the last quarter generated (default: ${DEFAULT-VALUE}).")
  String to = "2024Q4";

  @Option(names = "--runs", description = "Timed runs (default: ${DEFAULT-VALUE}).")
  int runs = 3;

  @Option(names = "--seed", description = "Generator seed (default: ${DEFAULT-VALUE}).")
  long seed = 2026;

  @Override
  public Integer call() throws Exception {
    // The hub listens for nodes over mutual TLS: a throwaway authority of its own for the bench.
    Path pki = dir.toAbsolutePath().resolve("bench-pki");
    if (!java.nio.file.Files.exists(pki.resolve("hub.crt"))) {
      org.counterpart.core.pki.RegionalAuthority.openOrCreate(pki.resolve("authority"), "Bench")
          .credentialsFor(org.counterpart.core.pki.Party.hub(), pki);
    }
    int federationPort;
    try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      federationPort = socket.getLocalPort();
    }
    var context =
        SpringApplication.run(
            CounterpartApplication.class,
            "--counterpart.role=hub",
            "--counterpart.data-dir=" + dir.toAbsolutePath(),
            "--server.port=0",
            "--counterpart.federation.pki-dir=" + pki,
            "--counterpart.federation.port=" + federationPort,
            "--logging.level.root=WARN",
            "--counterpart.db.pool-size=4");
    try {
      var jdbc = context.getBean(JdbcClient.class);
      long present =
          jdbc.sql("select coalesce(sum(weight), 0) from joint_record").query(Long.class).single();
      if (present == 0) {
        List<Period> quarters = Period.range(Period.parse(first), Period.parse(to));
        int perQuarter = records / quarters.size();
        long start = System.nanoTime();
        long copied =
            JointRecordCopy.copy(
                context.getBean(DataSource.class),
                new SyntheticRecords(
                        Period.parse(first), Period.parse(to), perQuarter, 0.1, Period.parse(to))
                    .stream(seed));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
            "loaded %,d records in %.1f s (%,.0f/s)%n", copied, seconds, copied / seconds);
        jdbc.sql("analyze joint_record").update();
      } else {
        System.out.printf("joint database already holds %,d records%n", present);
      }
      var reports = context.getBean(RiskReports.class);
      List<Double> times = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        long startAnalysis = System.nanoTime();
        reports.analysis().analyse(Period.parse(from), Period.parse(to));
        System.out.printf(
            "run %d: analysis alone (SQL counts and trends) %.2f s%n",
            i + 1, (System.nanoTime() - startAnalysis) / 1e9);
        long start = System.nanoTime();
        byte[] pdf = reports.pdf(Period.parse(from), Period.parse(to), "en");
        double seconds = (System.nanoTime() - start) / 1e9;
        times.add(seconds);
        System.out.printf(
            "run %d: report %s–%s, %,d bytes, %.2f s%n", i + 1, from, to, pdf.length, seconds);
      }
      times.sort(Double::compare);
      System.out.printf("median of %d runs: %.2f s%n", runs, times.get(times.size() / 2));
      return 0;
    } finally {
      context.close();
    }
  }
}
