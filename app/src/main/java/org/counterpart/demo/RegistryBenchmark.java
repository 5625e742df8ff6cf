package org.counterpart.demo;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.counterpart.cases.Actor;
import org.counterpart.cases.BulkPipeline;
import org.counterpart.cases.NewCase;
import org.counterpart.cases.PersonSearch;
import org.counterpart.core.demo.DemoDataGenerator;
import org.counterpart.core.demo.SyntheticCase;
import org.counterpart.core.demo.SyntheticPerson;
import org.counterpart.core.names.NameKeys;
import org.counterpart.identity.UserRole;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads a node with synthetic cases through the bulk path and measures it: persons imported per
 * second, then name and phone search latency over varied queries, and the heap in use.
 */
public final class RegistryBenchmark {

  private static final int BATCH = 1000;

  private final ConfigurableApplicationContext node;
  private final PrintStream out;
  private final Actor actor =
      new Actor("bench", Set.of(UserRole.FIRST_LINE_OFFICER, UserRole.NODE_ADMIN));

  public RegistryBenchmark(ConfigurableApplicationContext node, PrintStream out) {
    this.node = node;
    this.out = out;
  }

  /** Loads up to {@code persons} persons (skipped when already there) and runs the queries. */
  public void run(String country, long seed, int persons, int queries) {
    var jdbc = node.getBean(JdbcClient.class);
    int have = jdbc.sql("select count(*) from person").query(Integer.class).single();
    var generator = new DemoDataGenerator(seed);
    if (have < persons) {
      load(generator, country, persons - have, have);
    } else {
      out.printf(Locale.ROOT, "node already holds %,d persons; loading skipped%n", have);
    }
    int cases = jdbc.sql("select count(*) from case_file").query(Integer.class).single();
    int total = jdbc.sql("select count(*) from person").query(Integer.class).single();
    out.printf(Locale.ROOT, "node holds %,d persons in %,d cases%n", total, cases);
    search(generator, country, Math.min(cases, 400_000), queries);
    System.gc();
    var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    out.printf(
        Locale.ROOT,
        "heap after the run: used %d MiB of max %d MiB%n",
        heap.getUsed() >> 20,
        heap.getMax() >> 20);
  }

  private void load(DemoDataGenerator generator, String country, int wanted, int offset) {
    var pipeline = node.getBean(BulkPipeline.class);
    long skip =
        offset == 0
            ? 0
            : node.getBean(JdbcClient.class)
                .sql("select count(*) from case_file")
                .query(Long.class)
                .single();
    var stream = generator.cases(country, Integer.MAX_VALUE).skip(skip).iterator();
    int[] loaded = {0};
    Iterator<List<NewCase>> batches =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return loaded[0] < wanted;
          }

          @Override
          public List<NewCase> next() {
            List<NewCase> batch = new ArrayList<>(BATCH);
            while (batch.size() < BATCH && loaded[0] < wanted) {
              SyntheticCase synthetic = stream.next();
              batch.add(DemoCases.toCommand(synthetic));
              loaded[0] += synthetic.persons().size();
            }
            return batch;
          }
        };
    long started = System.nanoTime();
    int[] reported = {0};
    pipeline.registerAll(
        batches,
        actor,
        true,
        cases -> {
          if (cases / 100_000 > reported[0]) {
            reported[0] = cases / 100_000;
            out.printf(Locale.ROOT, "  written %,d cases%n", cases);
          }
        });
    double seconds = (System.nanoTime() - started) / 1e9;
    out.printf(
        Locale.ROOT,
        "bulk import: %,d persons in %.1f s = %,.0f persons/s%n",
        loaded[0],
        seconds,
        loaded[0] / seconds);
  }

  private void search(DemoDataGenerator generator, String country, int cases, int queries) {
    var search = node.getBean(PersonSearch.class);
    var random = new SplittableRandom(7);
    double[] names = new double[queries];
    double[] phones = new double[queries];
    int nameFound = 0;
    int phoneFound = 0;
    for (int i = 0; i < queries; i++) {
      SyntheticPerson person = randomPerson(generator, country, cases, random);
      String name = variant(person, random.nextInt(4));
      long t0 = System.nanoTime();
      var hits = search.search(new PersonSearch.Query(name, null, null, null), 0, 20, actor);
      names[i] = (System.nanoTime() - t0) / 1e6;
      nameFound += hits.hits().isEmpty() ? 0 : 1;
      String phone = phoneVariant(person.phoneE164(), random.nextInt(3));
      t0 = System.nanoTime();
      hits = search.search(new PersonSearch.Query(null, null, phone, null), 0, 20, actor);
      phones[i] = (System.nanoTime() - t0) / 1e6;
      phoneFound += hits.hits().isEmpty() ? 0 : 1;
    }
    report("name search", names, nameFound);
    report("phone search", phones, phoneFound);
  }

  private static SyntheticPerson randomPerson(
      DemoDataGenerator generator, String country, int cases, SplittableRandom random) {
    SyntheticCase c = generator.caseAt(country, random.nextInt(Math.max(1, cases)));
    return c.persons().get(random.nextInt(c.persons().size())).person();
  }

  /** The name as recorded, in ASCII, in reverse order, or in capitals. */
  private static String variant(SyntheticPerson p, int kind) {
    return switch (kind) {
      case 0 -> p.givenName() + " " + p.surname();
      case 1 -> NameKeys.folded(p.givenName() + " " + p.surname());
      case 2 -> p.surname() + " " + p.givenName();
      default -> NameKeys.latin(p.givenName() + " " + p.surname()).toUpperCase(Locale.ROOT);
    };
  }

  private static String phoneVariant(String e164, int kind) {
    var util = com.google.i18n.phonenumbers.PhoneNumberUtil.getInstance();
    try {
      var number = util.parse(e164, "ZZ");
      return switch (kind) {
        case 0 -> e164;
        case 1 ->
            util.format(
                number,
                com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        default -> "00" + e164.substring(1);
      };
    } catch (com.google.i18n.phonenumbers.NumberParseException e) {
      return e164;
    }
  }

  private void report(String what, double[] millis, int found) {
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    out.printf(
        Locale.ROOT,
        "%s: %d queries, found %d; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        what,
        sorted.length,
        found,
        percentile(sorted, 50),
        percentile(sorted, 95),
        percentile(sorted, 99),
        sorted[sorted.length - 1]);
  }

  private static double percentile(double[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.clamp(index, 0, sorted.length - 1)];
  }
}
