package org.counterpart.analysis.ctdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.counterpart.support.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CTDC import on a real hub schema, as the application's least-privilege login: the sample
 * file's counts are recomputed here with a regex split, not with the import's parser.
 */
class CtdcImportIntegrationTest {

  private static final Path SAMPLE = Path.of("src/test/resources/ctdc/ctdc-k-anon-sample.csv");

  /** A semicolon outside double quotes. */
  private static final Pattern SEPARATOR = Pattern.compile(";(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");

  private static Connection connection;
  private final CtdcImport ctdc =
      new CtdcImport(Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC));

  @TempDir Path dir;

  @BeforeAll
  static void hubSchema() throws SQLException {
    String url = TestDatabases.newHubDatabase("ctdc", null);
    String db = url.substring(url.lastIndexOf('/') + 1);
    TestDatabases.execute(
        db,
        "grant select, insert, update, delete on joint_record, ctdc_import, joint_count, audit_log to "
            + TestDatabases.APP_USER
            + "; grant execute on function audit_chain_head(bigint) to "
            + TestDatabases.APP_USER);
    connection =
        DriverManager.getConnection(url, TestDatabases.APP_USER, TestDatabases.APP_PASSWORD);
  }

  @AfterAll
  static void close() throws SQLException {
    connection.close();
  }

  private static List<String> sampleLines() throws Exception {
    return Files.readAllLines(resolve(SAMPLE), StandardCharsets.UTF_8);
  }

  private static Path resolve(Path path) {
    // Maven runs tests in app/; an IDE may run them from the repository root.
    return Files.exists(path) ? path : Path.of("app").resolve(path);
  }

  private static Map<String, Long> countColumn(List<String> lines, int column) {
    Map<String, Long> counts = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String cell = SEPARATOR.split(line, -1)[column];
      counts.merge(cell.isEmpty() ? "(none)" : cell, 1L, Long::sum);
    }
    return counts;
  }

  private static Map<String, Long> countSql(String sql) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    try (var statement = connection.createStatement();
        var result = statement.executeQuery(sql)) {
      while (result.next()) {
        String value = result.getString(1);
        counts.put(value == null ? "(none)" : value, result.getLong(2));
      }
    }
    return counts;
  }

  private static long count(String table) throws SQLException {
    return countSql("select 'all', count(*) from " + table).getOrDefault("all", 0L);
  }

  private Path write(List<String> lines) throws Exception {
    Path file = Files.createTempFile(dir, "ctdc", ".csv");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void importsTheSampleWithTheCountsOfTheFileAndRefusesItTheSecondTime() throws Exception {
    List<String> lines = sampleLines();
    String ref = CtdcImport.sha256(resolve(SAMPLE)).substring(0, CtdcImport.REF_HASH_CHARS);
    var imported = ctdc.importFile(connection, resolve(SAMPLE), "test");

    assertThat(imported.rows()).isEqualTo(lines.size() - 1);
    // Identical lines are one row each, weighed by their number.
    long distinct = lines.stream().skip(1).distinct().count();
    assertThat(distinct).isLessThan(lines.size() / 2);
    assertThat(
            countSql(
                "select 'n', count(*) from joint_record where source_ref like '" + ref + ":%'"))
        .containsEntry("n", distinct);
    String mine = "from joint_record where source_ref like '" + ref + ":%' group by 1";
    assertThat(countSql("select citizenship, sum(weight) " + mine))
        .isEqualTo(countColumn(lines, 8));
    assertThat(countSql("select gender, sum(weight) " + mine)).isEqualTo(countColumn(lines, 3));
    assertThat(countSql("select year::text, sum(weight) " + mine)).isEqualTo(countColumn(lines, 1));
    assertThat(countSql("select country_of_exploitation, sum(weight) " + mine))
        .isEqualTo(countColumn(lines, 58));
    // A flag of 1 becomes a value of the array: isSexualExploit is column 29.
    long sexual = countColumn(lines, 29).getOrDefault("1", 0L);
    assertThat(
            countSql(
                    "select 'n', sum(weight) from joint_record where source_ref like '"
                        + ref
                        + ":%' and 'SexualExploitation' = any(exploitation)")
                .get("n"))
        .isEqualTo(sexual);
    long domestic = countColumn(lines, 41).getOrDefault("1", 0L);
    assertThat(
            countSql(
                    "select 'n', sum(weight) from joint_record where source_ref like '"
                        + ref
                        + ":%' and 'DomesticWork' = any(labour_types)")
                .get("n"))
        .isEqualTo(domestic)
        .isPositive();
    // The standing counts of the joint database hold the file's yearly counts, CTDC giving no
    // quarter: citizenship as the file has it, an empty cell counted as unknown.
    Map<String, Long> citizenship = new TreeMap<>();
    countColumn(lines, 8).forEach((k, n) -> citizenship.put(k.equals("(none)") ? "unknown" : k, n));
    assertThat(
            countSql(
                "select value, sum(n) from joint_count where source = 'CTDC' and quarter = 0"
                    + " and dimension = 'CITIZENSHIP' group by 1"))
        .isEqualTo(citizenship);

    long before = count("joint_record");
    assertThatThrownBy(() -> ctdc.importFile(connection, resolve(SAMPLE), "test"))
        .isInstanceOfSatisfying(
            CtdcFileRejected.class,
            e -> assertThat(e.messageKey()).isEqualTo("analysis.ctdc.error.duplicate"));
    assertThat(count("joint_record")).isEqualTo(before);
    assertThat(
            countSql(
                "select sha256, rows from ctdc_import where sha256 = '"
                    + CtdcImport.sha256(resolve(SAMPLE))
                    + "'"))
        .hasSize(1);
    // The import and the refusal of the second are in the audit trail, with counts only.
    assertThat(
            countSql(
                "select outcome || ' ' || details, count(*) from audit_log"
                    + " where action = 'ctdc.imported' and object_id = '"
                    + CtdcImport.sha256(resolve(SAMPLE))
                    + "' group by 1"))
        .containsEntry("success rows=" + (lines.size() - 1), 1L)
        .containsEntry("failure analysis.ctdc.error.duplicate line=0 column=0", 1L);
  }

  @Test
  void weighsRepeatedRowsAcrossBatchesAndReadsQuotes() throws Exception {
    List<String> lines = new ArrayList<>(sampleLines());
    // A data source with a line break inside its quotes: one record on lines 3 and 4; a quote
    // inside an unquoted cell is text.
    lines.set(2, withCell(lines.get(2), 3, "\"Case\nManagement\""));
    // (The test's own split cannot read that quote: it counts the lines before it is added.)
    List<String> counted = List.copyOf(lines);
    lines.set(9, withCell(lines.get(9), 3, "Hot\"line"));
    Path file = write(lines);
    String ref = CtdcImport.sha256(file).substring(0, CtdcImport.REF_HASH_CHARS);
    // Batches of 7 distinct texts: the same row is stored once per batch it occurs in.
    var imported =
        new CtdcImport(Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC), 7)
            .importFile(connection, file, "test");

    assertThat(imported.rows()).isEqualTo(lines.size() - 1);
    String mine = "from joint_record where source_ref like '" + ref + ":%'";
    assertThat(countSql("select 'n', sum(weight) " + mine)).containsEntry("n", 557L);
    assertThat(countSql("select 'n', count(*) " + mine).get("n"))
        .isGreaterThan(lines.stream().skip(1).distinct().count())
        .isLessThan(557L);
    assertThat(countSql("select gender, sum(weight) " + mine + " group by 1"))
        .isEqualTo(countColumn(counted, 3));
    assertThat(countSql("select data_source, sum(weight) " + mine + " group by 1"))
        .containsEntry("Case\nManagement", 1L)
        .containsEntry("Hot\"line", 1L);
  }

  @Test
  void importsAGeneratedFileWithItsRepeatsWeighed() throws Exception {
    Path file = dir.resolve("generated.csv");
    CtdcGenerator.write(file, 3_000, 5, 2026, CtdcGenerator.CTDC_FRESH_SHARE);
    String ref = CtdcImport.sha256(file).substring(0, CtdcImport.REF_HASH_CHARS);
    assertThat(ctdc.importFile(connection, file, "test").rows()).isEqualTo(3_000);
    String mine = "from joint_record where source_ref like '" + ref + ":%'";
    assertThat(countSql("select 'n', sum(weight) " + mine)).containsEntry("n", 3_000L);
    assertThat(countSql("select 'n', count(*) " + mine).get("n")).isLessThan(1_500L);
  }

  @Test
  void countsTheLinesOfAQuotedLineBreakInTheLinesItNames() throws Exception {
    List<String> lines = new ArrayList<>(sampleLines());
    lines.set(2, withCell(lines.get(2), 3, "\"Case\nManagement\""));
    // The fourth record of the file is on its fifth line.
    lines.set(3, withCell(lines.get(3), 4, "Robot"));
    assertRefused(write(lines), 5, 4, "analysis.ctdc.error.gender");
  }

  @Test
  void refusesBytesThatAreNotUtf8NamingTheLine() throws Exception {
    List<String> lines = new ArrayList<>(sampleLines());
    Path file = Files.createTempFile(dir, "latin1", ".csv");
    var out = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < lines.size(); i++) {
      String line = i == 299 ? withCell(lines.get(i), 3, "Hotline \u00e9") : lines.get(i);
      out.write((line + "\n").getBytes(StandardCharsets.ISO_8859_1));
    }
    Files.write(file, out.toByteArray());
    assertRefused(file, 300, 0, "analysis.ctdc.error.encoding");
  }

  @Test
  void refusesARepeatedImpossibleRowAtItsFirstLine() throws Exception {
    List<String> lines = new ArrayList<>(sampleLines());
    String impossible = withCell(lines.get(99), 4, "Robot");
    for (int line : new int[] {50, 100, 450}) {
      lines.set(line - 1, impossible);
    }
    assertRefused(write(lines), 50, 4, "analysis.ctdc.error.gender");
  }

  @Test
  void refusesAQuoteLeftOpenOrFollowedByTextNamingTheLine() throws Exception {
    List<String> open = new ArrayList<>(sampleLines());
    open.set(556, open.get(556).replaceFirst(";", ";\""));
    assertRefused(write(open), 557, 0, "analysis.ctdc.error.malformed");
    // A wrong cell before it is the first refusal.
    open.set(299, withCell(open.get(299), 4, "Robot"));
    assertRefused(write(open), 300, 4, "analysis.ctdc.error.gender");
    // A quote open over the lines a record may span does not wait for the end of the file.
    List<String> long_ = new ArrayList<>(sampleLines());
    long_.set(199, withCell(long_.get(199), 3, "\"Hotline"));
    assertRefused(write(long_), 200, 0, "analysis.ctdc.error.malformed");

    assertRefused(withCell(200, 3, "\"Hotline\"s"), 200, 0, "analysis.ctdc.error.malformed");
  }

  @Test
  void refusesAWrongHeaderNamingTheColumn() throws Exception {
    List<String> lines = new ArrayList<>(sampleLines());
    lines.set(0, lines.get(0).replace(";gender;", ";sex;"));
    assertRefused(write(lines), 1, 4, "analysis.ctdc.error.header");
  }

  @Test
  void refusesAWrongFieldCountNamingTheLine() throws Exception {
    List<String> lines = new ArrayList<>(sampleLines());
    lines.set(199, lines.get(199) + ";");
    assertRefused(write(lines), 200, 0, "analysis.ctdc.error.field-count");
  }

  @Test
  void refusesImpossibleValuesNamingLineAndColumn() throws Exception {
    assertRefused(withCell(300, 4, "Robot"), 300, 4, "analysis.ctdc.error.gender");
    assertRefused(withCell(12, 2, "1850"), 12, 2, "analysis.ctdc.error.year");
    assertRefused(withCell(557, 5, "18-20"), 557, 5, "analysis.ctdc.error.age");
    assertRefused(withCell(40, 9, "UKR"), 40, 9, "analysis.ctdc.error.country");
    assertRefused(withCell(41, 59, "QQ"), 41, 59, "analysis.ctdc.error.country");
    assertRefused(withCell(99, 30, "2"), 99, 30, "analysis.ctdc.error.flag");
  }

  /** The sample with one cell (1-based line and column) replaced. */
  private Path withCell(int line, int column, String value) throws Exception {
    List<String> lines = new ArrayList<>(sampleLines());
    lines.set(line - 1, withCell(lines.get(line - 1), column, value));
    return write(lines);
  }

  /** A line with one cell (1-based column) replaced. */
  private static String withCell(String line, int column, String value) {
    String[] cells = SEPARATOR.split(line, -1);
    cells[column - 1] = value;
    return String.join(";", cells);
  }

  private void assertRefused(Path file, int line, int column, String key) throws Exception {
    long records = count("joint_record");
    long imports = count("ctdc_import");
    long counted = countSql("select 'all', coalesce(sum(n), 0) from joint_count").get("all");
    assertThatThrownBy(() -> ctdc.importFile(connection, file, "test"))
        .isInstanceOfSatisfying(
            CtdcFileRejected.class,
            e -> {
              assertThat(e.line()).as("line").isEqualTo(line);
              assertThat(e.column()).as("column").isEqualTo(column);
              assertThat(e.messageKey()).isEqualTo(key);
            });
    assertThat(count("joint_record")).isEqualTo(records);
    assertThat(count("ctdc_import")).isEqualTo(imports);
    assertThat(countSql("select 'all', coalesce(sum(n), 0) from joint_count").get("all"))
        .isEqualTo(counted);
  }
}
