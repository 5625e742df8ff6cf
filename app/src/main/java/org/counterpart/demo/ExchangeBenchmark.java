package org.counterpart.demo;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.counterpart.cases.Actor;
import org.counterpart.exchange.MessageType;
import org.counterpart.exchange.Messages;
import org.counterpart.exchange.Urgency;
import org.counterpart.identity.UserRole;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Drives sealed messages from one node to another through a hub, all three on this machine with
 * their own PostgreSQL, at a target rate, optionally restarting the hub half way; then counts what
 * arrived and how fast: sent, delivered, lost, duplicated, throughput, latency from send to
 * receipt.
 */
public final class ExchangeBenchmark {

  private static final int SENDERS = 4;

  private final PrintStream out;

  public ExchangeBenchmark(PrintStream out) {
    this.out = out;
  }

  public void run(Path dir, int messages, int rate, boolean restartHub) throws Exception {
    run(dir, messages, rate, restartHub, 0);
  }

  /**
   * Sends {@code messages} at {@code rate} per second after {@code warmUp} seconds at the same rate
   * that are not counted (then ten-second rounds while the compiler is still busy, at most 12), and
   * reports what arrived.
   */
  public void run(Path dir, int messages, int rate, boolean restartHub, int warmUp)
      throws Exception {
    var region = new BenchRegion(dir, "RS", "BA");
    List<String> hubArgs = region.hub();
    // The hub in use: the restart (below) replaces it.
    ConfigurableApplicationContext[] hubHolder = {start(hubArgs)};
    ConfigurableApplicationContext rs = start(node(region, "RS"));
    ConfigurableApplicationContext ba = start(node(region, "BA"));
    try {
      var sender = rs.getBean(Messages.class);
      var received = ba.getBean(JdbcClient.class);
      var officer = new Actor("bench.officer", Set.of(UserRole.FIRST_LINE_OFFICER));
      var contactPoint = new Actor("bench.ilecu", Set.of(UserRole.CONTACT_POINT));
      waitForPeers(sender, officer, contactPoint);
      String run = Long.toString(System.currentTimeMillis(), 36);
      if (warmUp > 0) {
        // A fresh JVM spends its first minutes compiling beside the work, which a region up for a
        // while no longer does: warm up at the same rate, not counted, until the compiler settles.
        out.printf(Locale.ROOT, "warming up: %d s at %d msg/s, not counted%n", warmUp, rate);
        String warm = "warm-up " + run + " ";
        int sent = rate * warmUp;
        send(sender, officer, contactPoint, warm, 0, sent, rate);
        var compiler = java.lang.management.ManagementFactory.getCompilationMXBean();
        if (compiler != null && compiler.isCompilationTimeMonitoringSupported()) {
          for (int round = 0; round < 12; round++) {
            long before = compiler.getTotalCompilationTime();
            send(sender, officer, contactPoint, warm, sent, rate * 10, rate);
            sent += rate * 10;
            long compiling = compiler.getTotalCompilationTime() - before;
            out.printf(Locale.ROOT, "  10 s more: %.1f s of it compiling%n", compiling / 1000.0);
            if (compiling < 500) {
              break;
            }
          }
        }
        // What is still on its way is not measured either.
        awaitDelivery(received, warm + "%", sent);
      }
      String tag = "bench " + run + " ";
      var cpuBefore = BenchRegion.CpuTicks.now();
      long started = System.nanoTime();
      Thread restarter = null;
      if (restartHub) {
        // Half way through, the hub goes down and comes back while the senders keep sending.
        long half = (long) messages * 1_000_000_000L / Math.max(1, rate) / 2;
        restarter =
            Thread.ofPlatform()
                .start(
                    () -> {
                      try {
                        Thread.sleep(half / 1_000_000);
                        out.println("  restarting the hub half way through");
                        hubHolder[0].close();
                        hubHolder[0] = start(hubArgs);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                    });
      }
      send(sender, officer, contactPoint, tag, 0, messages, rate);
      if (restarter != null) {
        restarter.join();
      }
      double sendSeconds = (System.nanoTime() - started) / 1e9;
      awaitDelivery(received, tag + "%", messages);
      var cpuAfter = BenchRegion.CpuTicks.now();
      report(rs.getBean(JdbcClient.class), received, tag + "%", messages, sendSeconds, rate);
      if (cpuBefore.isPresent() && cpuAfter.isPresent()) {
        out.println("machine while measuring: " + cpuAfter.get().since(cpuBefore.get()));
      }
      stages(
          rs.getBean(JdbcClient.class),
          hubHolder[0].getBean(JdbcClient.class),
          received,
          tag + "%");
    } finally {
      ba.close();
      rs.close();
      hubHolder[0].close();
    }
  }

  /**
   * Drafts and sends messages {@code from} to {@code from + count - 1} at {@code rate} per second:
   * officers and contact points work in parallel, several senders each keeping the pace.
   */
  private static void send(
      Messages sender, Actor officer, Actor contactPoint, String tag, int from, int count, int rate)
      throws InterruptedException {
    long period = 1_000_000_000L / Math.max(1, rate);
    long started = System.nanoTime();
    var failures = new java.util.concurrent.ConcurrentLinkedQueue<Throwable>();
    var senders = java.util.concurrent.Executors.newFixedThreadPool(SENDERS);
    for (int worker = 0; worker < SENDERS; worker++) {
      int first = worker;
      senders.execute(
          () -> {
            try {
              for (int i = first; i < count; i += SENDERS) {
                long wait = started + i * period - System.nanoTime();
                if (wait > 0) {
                  Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                String id = sender.draft(draft(tag + (from + i)), officer);
                sender.send(id, contactPoint);
              }
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
              failures.add(e);
            }
          });
    }
    senders.shutdown();
    if (!senders.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS) || !failures.isEmpty()) {
      throw new IllegalStateException("a sender failed", failures.peek());
    }
  }

  /** Waits (at most three minutes) until {@code messages} matching {@code like} have arrived. */
  private static void awaitDelivery(JdbcClient received, String like, int messages)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline && count(received, like) < messages) {
      Thread.sleep(500);
    }
  }

  private void waitForPeers(Messages sender, Actor officer, Actor contactPoint)
      throws InterruptedException {
    for (int attempt = 0; attempt < 120; attempt++) {
      try {
        String id = sender.draft(draft("bench warm-up"), officer);
        sender.send(id, contactPoint);
        return;
      } catch (RuntimeException e) {
        Thread.sleep(500);
      }
    }
    throw new IllegalStateException("the nodes never saw each other through the hub");
  }

  private static Messages.Draft draft(String subject) {
    return new Messages.Draft(
        "BA",
        MessageType.SPONTANEOUS_INFORMATION,
        Urgency.NORMAL,
        "H0",
        null,
        "A",
        "1",
        subject,
        "Benchmark message: " + subject,
        null,
        null);
  }

  private static int count(JdbcClient db, String like) {
    return db.sql("select count(*) from exchange_message where direction = 'IN' and subject like ?")
        .param(like)
        .query(Integer.class)
        .single();
  }

  private void report(
      JdbcClient sent,
      JdbcClient received,
      String like,
      int messages,
      double sendSeconds,
      int rate) {
    Map<String, Instant> sentAt = new HashMap<>();
    sent.sql(
            "select id::text, sent_at from exchange_message where direction = 'OUT' and subject like ?")
        .param(like)
        .query((rs, n) -> sentAt.put(rs.getString(1), rs.getTimestamp(2).toInstant()))
        .list();
    List<Double> latencies = new ArrayList<>();
    Instant first = null;
    Instant last = null;
    int rows = 0;
    var ids = new java.util.HashSet<String>();
    var subjects = new java.util.HashSet<String>();
    for (var row :
        received
            .sql(
                "select id::text, subject, received_at from exchange_message where direction = 'IN' and subject like ?")
            .param(like)
            .query(
                (rs, n) ->
                    new Object[] {rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()})
            .list()) {
      rows++;
      ids.add((String) row[0]);
      subjects.add((String) row[1]);
      Instant at = (Instant) row[2];
      Instant from = sentAt.get((String) row[0]);
      if (from != null) {
        latencies.add(Duration.between(from, at).toNanos() / 1e6);
        first = first == null || from.isBefore(first) ? from : first;
        last = last == null || at.isAfter(last) ? at : last;
      }
    }
    int delivered = subjects.size();
    double seconds = first == null ? 0 : Duration.between(first, last).toNanos() / 1e9;
    out.printf(
        Locale.ROOT,
        "exchange: target %d msg/s; sent %d in %.1f s (%.0f msg/s); delivered %d; lost %d;"
            + " duplicated %d%n",
        rate,
        messages,
        sendSeconds,
        messages / sendSeconds,
        delivered,
        messages - delivered,
        rows - ids.size() + (ids.size() - subjects.size()));
    if (!latencies.isEmpty()) {
      out.printf(
          Locale.ROOT,
          "throughput %.0f msg/s end to end; latency send to receipt p50 %.0f ms, p99 %.0f ms,"
              + " max %.0f ms%n",
          delivered / Math.max(seconds, 0.001),
          percentile(latencies, 0.50),
          percentile(latencies, 0.99),
          percentile(latencies, 1.0));
    }
  }

  /** Where the time goes: sender to hub, and hub to the recipient's store. */
  private void stages(JdbcClient sent, JdbcClient hub, JdbcClient received, String like) {
    Map<String, Instant> sentAt = times(sent, "OUT", like, "sent_at");
    Map<String, Instant> receivedAt = times(received, "IN", like, "received_at");
    List<Double> toHub = new ArrayList<>();
    List<Double> fromHub = new ArrayList<>();
    hub.sql("select id::text, received_at from relay_message")
        .query(
            (rs, n) -> {
              Instant at = rs.getTimestamp(2).toInstant();
              Instant from = sentAt.get(rs.getString(1));
              Instant to = receivedAt.get(rs.getString(1));
              if (from != null && to != null) {
                toHub.add(Duration.between(from, at).toNanos() / 1e6);
                fromHub.add(Duration.between(at, to).toNanos() / 1e6);
              }
              return null;
            })
        .list();
    if (!toHub.isEmpty()) {
      out.printf(
          Locale.ROOT,
          "stages: send to hub p50 %.0f ms, p99 %.0f ms; hub to receipt p50 %.0f ms, p99 %.0f ms%n",
          percentile(toHub, 0.50),
          percentile(toHub, 0.99),
          percentile(fromHub, 0.50),
          percentile(fromHub, 0.99));
    }
  }

  private static Map<String, Instant> times(
      JdbcClient db, String direction, String like, String column) {
    Map<String, Instant> at = new HashMap<>();
    db.sql(
            "select id::text, "
                + column
                + " from exchange_message where direction = ? and subject like ?")
        .params(direction, like)
        .query((rs, n) -> at.put(rs.getString(1), rs.getTimestamp(2).toInstant()))
        .list();
    return at;
  }

  private static double percentile(List<Double> values, double p) {
    return BenchRegion.percentile(values, p);
  }

  private static List<String> node(BenchRegion region, String country) {
    return region.node(
        country, "--counterpart.exchange.poll=PT0.1S", "--counterpart.exchange.max-backoff=PT2S");
  }

  private static ConfigurableApplicationContext start(List<String> args) {
    return BenchRegion.start(args);
  }
}
