package org.counterpart.demo;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.counterpart.cases.Actor;
import org.counterpart.core.pprl.Encoder;
import org.counterpart.core.pprl.Evaluation;
import org.counterpart.core.pprl.PprlFiles;
import org.counterpart.hits.HitKind;
import org.counterpart.hits.RegionalSearch;
import org.counterpart.hits.hub.HitIndex;
import org.counterpart.identity.UserRole;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Hit/no-hit at scale: a hub whose index holds {@code persons} persons of Serbia's node, queried
 * from Bosnia and Herzegovina's node at a fixed rate (open loop: a query starts on time whether or
 * not the previous one has answered). Each query is encoded on the node, logged there, sent to the
 * hub over mutual TLS, answered from the index, logged by the hub, and the answer read back: the
 * latency is all of it. Half the queries are someone Serbia knows, spelled differently.
 */
public final class HitsBenchmark {

  private final PrintStream out;

  public HitsBenchmark(PrintStream out) {
    this.out = out;
  }

  public void run(Path dir, int persons, int rate, int seconds, int warmUp) throws Exception {
    var region = new BenchRegion(dir, "RS", "BA");
    Path secret = dir.resolve("hits-secret.bin");
    if (!Files.exists(secret)) {
      Files.writeString(secret, "benchmark secret shared by the nodes " + System.nanoTime());
    }
    String[] hits = {
      "--counterpart.hits.secret-file=" + secret.toAbsolutePath(),
      "--counterpart.hits.publish-delay=PT1H",
      // The benchmark asks as many officials; the per-official limit is not what is measured.
      "--counterpart.hits.queries-per-minute=1000000",
      "--counterpart.hits.node-queries-per-minute=1000000"
    };
    ConfigurableApplicationContext hub = BenchRegion.start(region.hub(hits));
    ConfigurableApplicationContext rs = BenchRegion.start(region.node("RS", hits));
    ConfigurableApplicationContext ba = BenchRegion.start(region.node("BA", hits));
    try {
      var index = hub.getBean(HitIndex.class);
      while (!index.ready()) {
        Thread.sleep(100);
      }
      String keyId = rs.getBean(RegionalSearch.class).keyId().orElseThrow();
      out.printf(Locale.ROOT, "generating %,d persons%n", persons);
      Evaluation.Set2 set = Evaluation.generate(persons, 2026);
      var encoder = new Encoder(HitKind.PERSON.schema("RS"), Files.readAllBytes(secret));
      Map<String, String> refOf = new HashMap<>();
      long loadStart = System.nanoTime();
      List<HitIndex.Entry> batch = new ArrayList<>();
      int loaded = 0;
      for (var row : set.left()) {
        String ref = String.format(Locale.ROOT, "benchmark-ref-%s", row.id());
        refOf.put(row.id(), ref);
        long[] bits = encoder.encode(row.values().subList(0, 4));
        batch.add(new HitIndex.Entry(ref, "PERSON", PprlFiles.toBase64(bits)));
        if (batch.size() == 5000) {
          index.publish("RS", keyId, batch, List.of());
          loaded += batch.size();
          batch.clear();
          if (loaded % 100_000 == 0) {
            out.printf(Locale.ROOT, "  indexed %,d%n", loaded);
          }
        }
      }
      index.publish("RS", keyId, batch, List.of());
      loaded += batch.size();
      index.index();
      double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
      out.printf(
          Locale.ROOT,
          "indexed %,d persons in %.1f s (%,.0f per second: encode, store, index)%n",
          loaded,
          loadSeconds,
          loaded / loadSeconds);

      // Queries: persons of file B, about half of whom Serbia knows under another spelling. Only
      // what the run needs is kept, so that the generated set does not weigh on the collector.
      int total = rate * seconds;
      List<Evaluation.Row> queries = new ArrayList<>(set.right());
      Collections.shuffle(queries, new java.util.Random(7));
      // Warm-up first, then up to 30 rounds of ten seconds, then the measured queries: each part
      // asks queries of its own (cycling only if the set is too small).
      int warmUpQueries = rate * warmUp;
      int rounds = 30;
      queries =
          new ArrayList<>(
              queries.subList(
                  0, Math.min(queries.size(), warmUpQueries + rounds * rate * 10 + total)));
      Map<String, String> byRight = new HashMap<>();
      set.truth().forEach((a, b) -> byRight.put(b, a));
      Map<String, String> knownAs = new HashMap<>();
      for (var q : queries) {
        String a = byRight.get(q.id());
        if (a != null) {
          knownAs.put(q.id(), refOf.get(a));
        }
      }
      set = null;
      refOf.clear();
      byRight.clear();
      System.gc();
      var search = ba.getBean(RegionalSearch.class);
      // Warm up at the same rate, not counted: in its first minutes a fresh JVM runs the compiler
      // beside the queries (a fifth to a third of its threads' CPU time, measured), which a hub
      // up for a while no longer does.
      int asked = 0;
      if (warmUpQueries > 0) {
        out.printf(Locale.ROOT, "warming up: %d s at %d per second, not counted%n", warmUp, rate);
        drive(search, cycle(queries, 0, warmUpQueries), rate, knownAs);
        asked = warmUpQueries;
        // Then on, ten seconds at a time, while the compiler still spends more than a twentieth
        // of that on the path (at most five more minutes).
        var compiler = java.lang.management.ManagementFactory.getCompilationMXBean();
        if (compiler != null && compiler.isCompilationTimeMonitoringSupported()) {
          for (int round = 0; round < rounds; round++) {
            long before = compiler.getTotalCompilationTime();
            drive(search, cycle(queries, asked, rate * 10), rate, knownAs);
            asked += rate * 10;
            long compiling = compiler.getTotalCompilationTime() - before;
            out.printf(Locale.ROOT, "  10 s more: %.1f s of it compiling%n", compiling / 1000.0);
            if (compiling < 500) {
              break;
            }
          }
        }
      }
      var cpuBefore = BenchRegion.CpuTicks.now();
      var results = drive(search, cycle(queries, asked, total), rate, knownAs);
      var cpuAfter = BenchRegion.CpuTicks.now();
      List<Double> latencies = new ArrayList<>();
      int failed = 0;
      int expected = 0;
      int found = 0;
      int hitAnswers = 0;
      for (Outcome o : results) {
        if (o.error() != null) {
          failed++;
          continue;
        }
        latencies.add(o.millis());
        hitAnswers += o.hit() ? 1 : 0;
        if (o.expected()) {
          expected++;
          found += o.found() ? 1 : 0;
        }
      }
      out.printf(Locale.ROOT, "queries: %,d at %d per second for %d s%n", total, rate, seconds);
      out.printf(Locale.ROOT, "answered: %,d, failed: %,d%n", latencies.size(), failed);
      if (cpuBefore.isPresent() && cpuAfter.isPresent()) {
        out.println("machine while measuring: " + cpuAfter.get().since(cpuBefore.get()));
      }
      if (!latencies.isEmpty()) {
        out.printf(
            Locale.ROOT,
            "latency end to end: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
            BenchRegion.percentile(latencies, 0.50),
            BenchRegion.percentile(latencies, 0.95),
            BenchRegion.percentile(latencies, 0.99),
            BenchRegion.percentile(latencies, 1.0));
      }
      out.printf(
          Locale.ROOT,
          "hits: %,d answers with a hit; of %,d queries whose person Serbia knows, %,d found"
              + " (%.2f %%)%n",
          hitAnswers,
          expected,
          found,
          expected == 0 ? 0 : 100.0 * found / expected);
      results.stream()
          .filter(o -> o.error() != null)
          .map(Outcome::error)
          .distinct()
          .limit(3)
          .forEach(e -> out.println("  failure: " + e));
    } finally {
      ba.close();
      rs.close();
      hub.close();
    }
  }

  private static List<Evaluation.Row> cycle(List<Evaluation.Row> rows, int from, int count) {
    List<Evaluation.Row> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(rows.get((from + i) % rows.size()));
    }
    return out;
  }

  private record Outcome(
      double millis,
      boolean hit,
      boolean expected,
      boolean found,
      @org.jspecify.annotations.Nullable String error) {}

  private static List<Outcome> drive(
      RegionalSearch search, List<Evaluation.Row> queries, int rate, Map<String, String> knownAs)
      throws InterruptedException {
    var outcomes = new ConcurrentLinkedQueue<Outcome>();
    var pending = new AtomicInteger(queries.size());
    long period = 1_000_000_000L / Math.max(1, rate);
    long started = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < queries.size(); i++) {
      long wait = started + i * period - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      var row = queries.get(i);
      var actor = new Actor("bench.officer" + (i % 100), Set.of(UserRole.FIRST_LINE_OFFICER));
      threads.add(
          Thread.ofVirtual()
              .start(
                  () -> {
                    long t0 = System.nanoTime();
                    try {
                      var v = row.values();
                      var result =
                          search.ask(
                              new RegionalSearch.Criteria(
                                  "PERSON", v.get(0), v.get(1), v.get(2), v.get(3), null, null,
                                  null),
                              actor);
                      double millis = (System.nanoTime() - t0) / 1e6;
                      String truth = knownAs.get(row.id());
                      boolean hit = result.answers().stream().anyMatch(a -> !a.hits().isEmpty());
                      boolean found =
                          truth != null
                              && result.answers().stream()
                                  .flatMap(a -> a.hits().stream())
                                  .anyMatch(h -> h.ref().equals(truth));
                      outcomes.add(new Outcome(millis, hit, truth != null, found, null));
                    } catch (RuntimeException e) {
                      outcomes.add(
                          new Outcome(
                              0,
                              false,
                              false,
                              false,
                              e.getClass().getSimpleName() + ": " + e.getMessage()));
                    } finally {
                      pending.decrementAndGet();
                    }
                  }));
    }
    for (Thread t : threads) {
      t.join();
    }
    return new ArrayList<>(outcomes);
  }
}
