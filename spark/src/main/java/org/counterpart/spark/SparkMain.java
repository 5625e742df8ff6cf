package org.counterpart.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * {@code counterpart analysis export|spark|generate-joint}: the commands that need Spark, run by
 * the {@code ./counterpart} launcher from this module's jar so that the application stays free of
 * Spark. Exit codes: 0 done, 2 bad usage.
 */
public final class SparkMain {

  private SparkMain() {}

  private static final String USAGE =
      """
      Usage:
        counterpart analysis export --format parquet --out DIR
            [--data-dir HUB_DATA_DIR | --db-url URL [--db-user U] [--db-password-file F]]
          Write the hub's joint records (not withdrawn) as Parquet. Without --db-url (or
          COUNTERPART_DB_URL), the running hub's embedded database of --data-dir (default
          data/hub) is read.
        counterpart analysis spark --in DIR --out DIR
          Compute the quarterly counts (group REGION or CTDC, quarter, dimension, value, count)
          in Spark local[2] on loopback; writes Parquet to DIR/parquet and a CSV file to DIR/csv.
        counterpart analysis generate-joint --records N --out DIR [--seed S]
          Write N synthetic joint records as Parquet (for benchmarks of the Spark job).
      """;

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> list = List.of(args);
    if (!list.isEmpty() && list.get(0).equals("analysis")) {
      list = list.subList(1, list.size());
    }
    if (list.isEmpty() || list.contains("--help") || list.contains("-h")) {
      out.print(USAGE);
      return list.isEmpty() ? 2 : 0;
    }
    Map<String, String> options;
    try {
      options = options(list.subList(1, list.size()));
      long started = System.nanoTime();
      String done =
          switch (list.get(0)) {
            case "export" -> export(options);
            case "spark" -> job(options);
            case "generate-joint" -> generate(options);
            default -> throw new IllegalArgumentException("unknown command: " + list.get(0));
          };
      out.printf(Locale.ROOT, "%s in %.1f s%n", done, (System.nanoTime() - started) / 1e9);
      return 0;
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.print(USAGE);
      return 2;
    }
  }

  private static Map<String, String> options(List<String> args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.size(); i += 2) {
      if (!args.get(i).startsWith("--") || i + 1 >= args.size()) {
        throw new IllegalArgumentException("expected --option value, got: " + args.get(i));
      }
      options.put(args.get(i).substring(2), args.get(i + 1));
    }
    return options;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("missing --" + name);
    }
    return value;
  }

  private static String export(Map<String, String> options) {
    if (!"parquet".equals(required(options, "format"))) {
      throw new IllegalArgumentException("--format: only parquet");
    }
    String out = required(options, "out");
    var login = new Properties();
    String url = options.getOrDefault("db-url", System.getenv("COUNTERPART_DB_URL"));
    if (url == null || url.isBlank() || options.containsKey("data-dir")) {
      url = embeddedUrl(Path.of(options.getOrDefault("data-dir", "data/hub")));
      login.setProperty("user", "postgres");
      login.setProperty("password", "");
    } else {
      String user = options.getOrDefault("db-user", System.getenv("COUNTERPART_DB_USER"));
      String password =
          options.containsKey("db-password-file")
              ? read(Path.of(options.get("db-password-file")))
              : System.getenv("COUNTERPART_DB_PASSWORD");
      if (user != null) {
        login.setProperty("user", user);
      }
      if (password != null) {
        login.setProperty("password", password);
      }
    }
    String jdbcUrl = url;
    return withSpark(
        "counterpart-export",
        spark ->
            "exported " + ParquetExport.export(spark, jdbcUrl, login, out) + " records to " + out);
  }

  /** The embedded server of a running hub: its port is the fourth line of postmaster.pid. */
  private static String embeddedUrl(Path dataDir) {
    Path pid = dataDir.resolve("postgres").resolve("postmaster.pid");
    if (!Files.isRegularFile(pid)) {
      throw new IllegalArgumentException(
          "the hub's database in " + dataDir + " is not running: start the hub, or give --db-url");
    }
    List<String> lines = read(pid).lines().toList();
    return "jdbc:postgresql://127.0.0.1:" + lines.get(3).strip() + "/postgres";
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
    }
  }

  private static String job(Map<String, String> options) {
    String in = required(options, "in");
    String out = required(options, "out");
    return withSpark(
        "counterpart-quarterly-counts",
        spark -> "wrote " + SparkJob.run(spark, in, out) + " quarterly cells to " + out);
  }

  private static String generate(Map<String, String> options) {
    long records = Long.parseLong(required(options, "records"));
    long seed = Long.parseLong(options.getOrDefault("seed", "7"));
    String out = required(options, "out");
    return withSpark(
        "counterpart-generate",
        spark -> {
          spark
              .range(0, records, 1, Math.max(2, (int) (records / 500_000)))
              .map(
                  (MapFunction<Long, Row>)
                      id ->
                          JointRecordRows.toRow(
                              SyntheticRecords.next(
                                  new SplittableRandom(seed * 1_000_003L + id), id)),
                  Encoders.row(JointRecordRows.SCHEMA))
              .write()
              .mode(SaveMode.ErrorIfExists)
              .parquet(out);
          return "wrote " + records + " synthetic records to " + out;
        });
  }

  private static String withSpark(
      String name, java.util.function.Function<SparkSession, String> work) {
    SparkSession spark = LocalSpark.start(name);
    try {
      return work.apply(spark);
    } finally {
      spark.stop();
    }
  }
}
