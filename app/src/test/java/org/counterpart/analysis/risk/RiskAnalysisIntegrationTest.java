package org.counterpart.analysis.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.counterpart.core.analysis.Counts;
import org.counterpart.core.analysis.Disclosure;
import org.counterpart.core.analysis.JointRecord;
import org.counterpart.core.analysis.ModusOperandi;
import org.counterpart.core.analysis.Period;
import org.counterpart.core.analysis.SyntheticRecords;
import org.counterpart.core.analysis.Trends;
import org.counterpart.support.TestDatabases;
import org.counterpart.support.TestInstances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * On a real hub database: the PostgreSQL path reproduces the reference counts of {@code core}; the
 * analysis suppresses small cells and finds a planted switch; the report holds its sections and
 * charts, in English and Serbian Cyrillic, and the command line writes the same report.
 */
class RiskAnalysisIntegrationTest {

  static final Period FROM = Period.parse("2023Q1");
  static final Period TO = Period.parse("2024Q4");
  static ConfigurableApplicationContext hub;
  static List<JointRecord> records;
  static String databaseUrl;

  @BeforeAll
  static void start() throws Exception {
    Path dir = Files.createTempDirectory("joint-counts");
    hub =
        TestInstances.hub(
            databaseUrl = TestDatabases.newDatabase("jchub"),
            dir.resolve("hub"),
            TestInstances.pki(dir.resolve("pki")),
            TestInstances.freePort());
    List<JointRecord> all =
        new SyntheticRecords(FROM, TO, 500, 0.15, Period.parse("2024Q3")).list(11);
    JointRecordCopy.copy(hub.getBean(DataSource.class), all.stream());
    records = new ArrayList<>(all);
  }

  @AfterAll
  static void stop() {
    if (hub != null) {
      hub.close();
    }
  }

  @Test
  void sqlCellsEqualTheReferenceCountsExactly() {
    var sql = hub.getBean(JointCounts.class).cells(FROM, TO);
    var reference = Counts.of(records);
    assertThat(sql).hasSizeGreaterThan(500).isEqualTo(reference);
  }

  @Test
  void sqlModusOperandiCountsEqualTheReference() {
    assertThat(hub.getBean(JointCounts.class).modi(FROM, TO))
        .isEqualTo(ModusOperandi.countsOf(records));
  }

  @Test
  void standingCountsEqualARecountOfTheRecordsThemselves() {
    var counts = hub.getBean(JointCounts.class);
    assertThat(counts.recount(FROM, TO)).hasSizeGreaterThan(500).isEqualTo(counts.cells(FROM, TO));
    assertThat(counts.recountModi(FROM, TO)).isNotEmpty().isEqualTo(counts.modi(FROM, TO));
  }

  @Test
  void yearlyCountsHoldTheRecordsPublishedByYearOnly() {
    var years = hub.getBean(JointCounts.class).years(FROM.year(), TO.year());
    long ctdcYear2024 =
        records.stream().filter(r -> r.source().equals("CTDC") && r.year() == 2024).count();
    long counted =
        years.stream()
            .filter(
                c ->
                    c.group().equals("CTDC")
                        && c.year() == 2024
                        && c.dimension() == org.counterpart.core.analysis.Dimension.CASE_TYPE)
            .mapToLong(JointCounts.YearCell::count)
            .sum();
    assertThat(records.stream().anyMatch(r -> r.source().equals("CTDC") && r.quarter() == null))
        .isTrue();
    assertThat(counted).isEqualTo(ctdcYear2024);
  }

  @Test
  void onlyTheQuartersAskedAreCounted() {
    var cells =
        hub.getBean(JointCounts.class).cells(Period.parse("2024Q2"), Period.parse("2024Q2"));
    assertThat(cells).isNotEmpty().allMatch(c -> c.period().equals(Period.parse("2024Q2")));
  }

  @Test
  void analysisFindsThePlantedSwitchAndSuppressesEverySmallCell() {
    var result =
        hub.getBean(RiskAnalysis.class).analyse(Period.parse("2024Q1"), Period.parse("2024Q4"));
    assertThat(result.trends())
        .filteredOn(Trends.OriginSwitch.class::isInstance)
        .extracting(Trends.Trend::period)
        .contains(Period.parse("2024Q3"));
    int k = result.disclosure().k();
    var reference = Counts.of(records);
    int suppressed = 0;
    int secondary = 0;
    for (var table : result.quarterly()) {
      for (var row : table.rows()) {
        for (int i = 0; i < table.columns().size(); i++) {
          Period p = Period.parse(table.columns().get(i));
          long truth =
              reference.stream()
                  .filter(
                      c ->
                          c.group().equals("REGION")
                              && c.period().equals(p)
                              && c.dimension() == table.dimension()
                              && c.value().equals(row.value()))
                  .mapToLong(c -> c.count())
                  .sum();
          Disclosure.Shown shown = row.counts().get(i);
          if (truth < k) {
            assertThat(shown.suppressed()).as(table.name() + " " + row.value()).isTrue();
            suppressed++;
          } else if (shown.suppressed()) {
            secondary++;
          } else {
            assertThat(shown.value()).isEqualTo(truth);
          }
        }
      }
      // Secondary suppression: a hidden count is never the difference of a total and counts shown.
      if (!table.dimension().many()) {
        for (int i = 0; i < table.columns().size(); i++) {
          int column = i;
          assertThat(table.rows().stream().filter(r -> r.counts().get(column).suppressed()).count())
              .as(table.name() + " " + table.columns().get(i))
              .isNotEqualTo(1L);
        }
      }
      var yearly = result.table(table.name().replace("-quarterly", "-yearly"));
      for (int r = 0; r < table.rows().size(); r++) {
        boolean anyQuarter = table.rows().get(r).counts().stream().anyMatch(c -> c.suppressed());
        assertThat(yearly.rows().get(r).counts().getFirst().suppressed()).isEqualTo(anyQuarter);
      }
    }
    assertThat(suppressed).isPositive();
    assertThat(secondary).isPositive();
  }

  @Test
  void theRegionsVictimsOfTraffickingAreComparedWithTheWorlds() {
    var result =
        hub.getBean(RiskAnalysis.class).analyse(Period.parse("2024Q1"), Period.parse("2024Q4"));
    var world = result.world();
    assertThat(world).isNotNull();
    var table = result.table("exploitation-world");
    assertThat(table).isNotNull();
    assertThat(table.columns()).containsExactly("WB 2024", "CTDC 2023–2024");
    // Counted independently: trafficking only; the region in 2024, CTDC in every year.
    java.util.function.Predicate<JointRecord> region =
        r -> !r.source().equals("CTDC") && r.year() == 2024 && r.caseType().equals("THB");
    java.util.function.Predicate<JointRecord> ctdc =
        r -> r.source().equals("CTDC") && r.caseType().equals("THB");
    assertThat(world.regionVictims().value()).isEqualTo(records.stream().filter(region).count());
    assertThat(world.worldVictims().value()).isEqualTo(records.stream().filter(ctdc).count());
    var sexual =
        table.rows().stream().filter(r -> r.value().equals("sexual")).findFirst().orElseThrow();
    assertThat(sexual.counts().get(0).value())
        .isEqualTo(
            records.stream()
                .filter(region)
                .filter(r -> r.exploitation().contains("sexual"))
                .count());
    assertThat(sexual.counts().get(1).value())
        .isEqualTo(
            records.stream().filter(ctdc).filter(r -> r.exploitation().contains("sexual")).count());
    assertThat(world.share(sexual.counts().get(1), 1)).endsWith(" %");
  }

  @Test
  void reportHoldsItsSectionsChartsAndTheAnalystsNarrative() throws Exception {
    var reports = hub.getBean(RiskReports.class);
    reports
        .narratives()
        .write(
            Period.parse("2024Q1"),
            Period.parse("2024Q4"),
            "en",
            "context",
            "Arrivals along the Western Balkan route rose in spring.",
            "analyst");
    byte[] pdf = reports.pdf(Period.parse("2024Q1"), Period.parse("2024Q4"), "en");
    String text = text(pdf);
    assertThat(text)
        .contains(
            "Context",
            "Arrivals along the Western Balkan route rose in spring.",
            "Threat: magnitude and likelihood",
            "Vulnerability",
            "Impact",
            "Outlook and mitigating actions",
            "Statistical annex",
            "The region and the world",
            "Citizenship",
            "the top countries of origin changed from AF, SY, PK")
        .doesNotContain("??")
        // A trend gives its p-value as a bound, never a figure that would pin a count down.
        .doesNotContainPattern("p = [0-9]");
    assertThat(ReportPdf.pBound(0.0004)).isEqualTo("< 0.001");
    assertThat(ReportPdf.pBound(0.03)).isEqualTo("< 0.05");
    assertThat(images(pdf)).isEqualTo(ReportPdf.CHARTED.size());

    String serbian = text(reports.pdf(Period.parse("2024Q1"), Period.parse("2024Q4"), "sr-Cyrl"));
    assertThat(serbian)
        .contains("Статистички прилог", "Претња: обим и вероватноћа", "Држављанство");
    assertThat(serbian).doesNotContain("Arrivals along");
  }

  @Test
  void commandLineWritesTheSameReport() throws Exception {
    Path out = Files.createTempFile("report", ".pdf");
    int exit =
        org.counterpart.cli.CounterpartCommand.commandLine()
            .execute(
                "analysis",
                "report",
                "--db-url",
                databaseUrl,
                "--db-user",
                "postgres",
                "--from",
                "2024Q1",
                "--to",
                "2024Q4",
                "--out",
                out.toString());
    assertThat(exit).isZero();
    byte[] served =
        hub.getBean(RiskReports.class).pdf(Period.parse("2024Q1"), Period.parse("2024Q4"), "en");
    assertThat(text(Files.readAllBytes(out))).isEqualTo(text(served));
  }

  static String text(byte[] pdf) throws Exception {
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
    }
  }

  static int images(byte[] pdf) throws Exception {
    int n = 0;
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      for (var page : document.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name)
              instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
            n++;
          }
        }
      }
    }
    return n;
  }
}
