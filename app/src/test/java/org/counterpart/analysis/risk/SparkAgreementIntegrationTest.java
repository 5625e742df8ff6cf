package org.counterpart.analysis.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.counterpart.analysis.ctdc.CtdcImport;
import org.counterpart.core.analysis.Cell;
import org.counterpart.core.analysis.Counts;
import org.counterpart.core.analysis.Dimension;
import org.counterpart.core.analysis.Period;
import org.counterpart.core.analysis.SyntheticRecords;
import org.counterpart.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The two paths of the risk analysis agree on the same data: the hub's counts on PostgreSQL, and
 * the Spark job run by the command line as an analyst would ({@code ./counterpart analysis export
 * --format parquet}, then {@code analysis spark}, in local[2] on loopback) over the export of the
 * same database, CTDC's records published by year only included.
 */
class SparkAgreementIntegrationTest {

  private static final Period FROM = Period.parse("2023Q1");
  private static final Period TO = Period.parse("2024Q4");

  @Test
  void theSparkJobCountsExactlyWhatPostgresqlCounts(@TempDir Path dir) throws Exception {
    String url = TestDatabases.newHubDatabase("sparkagree", null);
    var data = new DriverManagerDataSource(url, "postgres", "");
    {
      JointRecordCopy.copy(
          data, new SyntheticRecords(FROM, TO, 250, 0.2, Period.parse("2024Q3")).list(23).stream());
      try (var connection = DriverManager.getConnection(url, "postgres", "")) {
        new CtdcImport(Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC))
            .importFile(connection, sample(), "test");
      }

      String exported =
          run(
              dir,
              "analysis",
              "export",
              "--format",
              "parquet",
              "--out",
              dir.resolve("x").toString(),
              "--db-url",
              url,
              "--db-user",
              "postgres");
      // One Parquet row per record: a CTDC row of weight n is written n times.
      long records =
          JdbcClient.create(data)
              .sql("select sum(weight) from joint_record where not withdrawn")
              .query(Long.class)
              .single();
      assertThat(records)
          .isGreaterThan(
              JdbcClient.create(data)
                  .sql("select count(*) from joint_record")
                  .query(Long.class)
                  .single());
      assertThat(exported).contains("exported " + records + " records");
      run(
          dir,
          "analysis",
          "spark",
          "--in",
          dir.resolve("x").toString(),
          "--out",
          dir.resolve("c").toString());
      List<Cell> spark = csvCells(dir.resolve("c").resolve("csv"));

      var counts = new JointCounts(JdbcClient.create(data));
      List<Cell> postgres = counts.cells(FROM, TO);
      assertThat(postgres).hasSizeGreaterThan(500);
      assertThat(postgres).extracting(Cell::group).contains(Cell.CTDC, Cell.REGION);
      assertThat(spark).containsExactlyElementsOf(postgres);
      assertThat(counts.recount(FROM, TO)).containsExactlyElementsOf(postgres);
    }
  }

  /**
   * Runs the repository's launcher with this JVM's JDK and returns its output; fails with it if it
   * fails.
   */
  private static String run(Path dir, String... args) throws Exception {
    Path root = repositoryRoot();
    List<String> command = new ArrayList<>(List.of("bash", root.resolve("counterpart").toString()));
    command.addAll(List.of(args));
    Path log = Files.createTempFile(dir, "launcher", ".log");
    var builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    // The spark module is packaged before the application's tests (the reactor's order); never
    // start a build from inside one.
    builder.environment().put("COUNTERPART_NO_BUILD", "1");
    builder.environment().put("COUNTERPART_SPARK_JAVA_OPTS", "-Xmx1g");
    Process process = builder.start();
    boolean done = process.waitFor(6, TimeUnit.MINUTES);
    if (!done) {
      process.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(done && process.exitValue() == 0)
        .as(
            "%s exited with %s:%n%s",
            String.join(" ", args), done ? process.exitValue() : "a timeout", output)
        .isTrue();
    return output;
  }

  /** Maven runs the tests in app/; an IDE may run them from the repository root. */
  private static Path repositoryRoot() {
    Path here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("counterpart")) ? here : here.getParent();
  }

  private static Path sample() {
    Path path = Path.of("src/test/resources/ctdc/ctdc-k-anon-sample.csv");
    return Files.exists(path) ? path : Path.of("app").resolve(path);
  }

  private static List<Cell> csvCells(Path folder) throws Exception {
    List<Cell> out = new ArrayList<>();
    File[] parts = folder.toFile().listFiles((d, name) -> name.endsWith(".csv"));
    assertThat(parts).as("the Spark job's CSV in " + folder).isNotEmpty();
    for (File part : parts) {
      try (var reader = Files.newBufferedReader(part.toPath(), StandardCharsets.UTF_8);
          var parser =
              CSVFormat.DEFAULT
                  .builder()
                  .setHeader()
                  .setSkipHeaderRecord(true)
                  .get()
                  .parse(reader)) {
        for (CSVRecord r : parser) {
          out.add(
              new Cell(
                  r.get("group"),
                  new Period(Integer.parseInt(r.get("year")), Integer.parseInt(r.get("quarter"))),
                  Dimension.valueOf(r.get("dimension")),
                  r.get("value"),
                  Long.parseLong(r.get("count"))));
        }
      }
    }
    out.sort(Counts.ORDER);
    return out;
  }
}
