package org.counterpart.demo;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.counterpart.CounterpartApplication;
import org.counterpart.core.pki.Party;
import org.counterpart.core.pki.RegionalAuthority;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A hub and nodes in this process for a benchmark, each with its own embedded PostgreSQL in a
 * folder of its own, talking over real mutual TLS.
 */
final class BenchRegion {

  final Path dir;
  final Path pki;
  final int federationPort;

  BenchRegion(Path dir, String... countries) throws IOException {
    this.dir = dir;
    this.pki = dir.resolve("pki");
    var authority = RegionalAuthority.openOrCreate(pki.resolve("authority"), "Benchmark region");
    authority.credentialsFor(Party.hub(), pki);
    for (String country : countries) {
      authority.credentialsFor(Party.node(country), pki);
    }
    try (var socket = new ServerSocket(0)) {
      this.federationPort = socket.getLocalPort();
    }
  }

  List<String> hub(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--counterpart.role=hub",
                "--counterpart.data-dir=" + dir.resolve("hub").toAbsolutePath(),
                "--counterpart.federation.pki-dir=" + pki.toAbsolutePath(),
                "--counterpart.federation.port=" + federationPort,
                "--server.port=0",
                "--logging.level.root=WARN"));
    args.addAll(Arrays.asList(extra));
    return args;
  }

  List<String> node(String country, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--counterpart.role=node",
                "--counterpart.country=" + country,
                "--counterpart.data-dir="
                    + dir.resolve(country.toLowerCase(Locale.ROOT)).toAbsolutePath(),
                "--counterpart.federation.pki-dir=" + pki.toAbsolutePath(),
                "--counterpart.federation.hub-url=https://127.0.0.1:" + federationPort,
                "--server.port=0",
                "--logging.level.root=WARN"));
    args.addAll(Arrays.asList(extra));
    return args;
  }

  static ConfigurableApplicationContext start(List<String> args) {
    return SpringApplication.run(CounterpartApplication.class, args.toArray(String[]::new));
  }

  /** The p-th percentile (0 to 1) of some values, nearest rank. */
  static double percentile(List<Double> values, double p) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
  }
}
