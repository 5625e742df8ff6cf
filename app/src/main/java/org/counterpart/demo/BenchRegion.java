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

  /**
   * The machine's CPU time so far, from Linux's {@code /proc/stat}, in clock ticks: busy (user,
   * nice, system, interrupts), idle (with I/O wait) and stolen by the hypervisor for other guests.
   * On a shared virtual machine the stolen share moves a saturated benchmark's latencies more than
   * most code changes, so the benchmarks print it beside their figures.
   */
  record CpuTicks(long busy, long idle, long stolen) {

    /** Empty where {@code /proc/stat} cannot be read (not Linux). */
    static java.util.Optional<CpuTicks> now() {
      try {
        String line = java.nio.file.Files.readAllLines(Path.of("/proc/stat")).get(0);
        String[] f = line.trim().split("\\s+");
        // cpu user nice system idle iowait irq softirq steal ...
        long[] v = new long[9];
        for (int i = 1; i < Math.min(f.length, 9); i++) {
          v[i] = Long.parseLong(f[i]);
        }
        return java.util.Optional.of(
            new CpuTicks(v[1] + v[2] + v[3] + v[6] + v[7], v[4] + v[5], v[8]));
      } catch (IOException | RuntimeException e) {
        return java.util.Optional.empty();
      }
    }

    /** "busy 83 %, stolen 4 %" of the machine's time between {@code before} and this. */
    String since(CpuTicks before) {
      long busy = this.busy - before.busy;
      long idle = this.idle - before.idle;
      long stolen = this.stolen - before.stolen;
      long all = Math.max(1, busy + idle + stolen);
      return String.format(
          Locale.ROOT,
          "busy %.0f %%, stolen by the host %.0f %%",
          100.0 * busy / all,
          100.0 * stolen / all);
    }
  }

  /** The p-th percentile (0 to 1) of some values, nearest rank. */
  static double percentile(List<Double> values, double p) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
  }
}
