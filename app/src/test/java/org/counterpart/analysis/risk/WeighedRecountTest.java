package org.counterpart.analysis.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.counterpart.analysis.ctdc.CtdcImport;
import org.counterpart.core.analysis.Cell;
import org.counterpart.core.analysis.Period;
import org.counterpart.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The SQL recount weighs a row by the identical records it stands for, as the standing counts do:
 * CTDC's sample, stored as 176 rows for its 557, recounted once given a quarter (CTDC has none).
 */
class WeighedRecountTest {

  @Test
  void theRecountWeighsRowsAsTheStandingCountsDo() throws Exception {
    String url = TestDatabases.newHubDatabase("weighed", null);
    var data = new DriverManagerDataSource(url, "postgres", "");
    try (var connection = DriverManager.getConnection(url, "postgres", "")) {
      new CtdcImport(Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC))
          .importFile(connection, sample(), "test");
    }
    var jdbc = JdbcClient.create(data);
    assertThat(jdbc.sql("select count(*) from joint_record").query(Long.class).single())
        .isLessThan(557);
    // The standing counts, by year and value, from the import (quarter 0: by year only).
    Map<String, Long> standing = new TreeMap<>();
    jdbc.sql(
            "select year, dimension, value, n from joint_count"
                + " where source = 'CTDC' and quarter = 0 and dimension <> 'MODUS'")
        .query(
            (rs, i) ->
                standing.put(rs.getInt(1) + rs.getString(2) + rs.getString(3), rs.getLong(4)))
        .list();
    assertThat(standing.values().stream().filter(n -> n > 1)).isNotEmpty();

    jdbc.sql("update joint_record set quarter = 1").update();
    Map<String, Long> recounted = new TreeMap<>();
    new JointCounts(jdbc)
        .recount(new Period(1990, 1), new Period(2026, 4)).stream()
            .filter(cell -> cell.group().equals(Cell.CTDC))
            .forEach(
                cell ->
                    recounted.merge(
                        cell.period().year() + cell.dimension().name() + cell.value(),
                        cell.count(),
                        Long::sum));
    assertThat(recounted).isEqualTo(standing);
  }

  private static Path sample() {
    Path path = Path.of("src/test/resources/ctdc/ctdc-k-anon-sample.csv");
    return Files.exists(path) ? path : Path.of("app").resolve(path);
  }
}
