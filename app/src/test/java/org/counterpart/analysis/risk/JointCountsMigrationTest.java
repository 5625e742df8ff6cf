package org.counterpart.analysis.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.counterpart.core.analysis.Counts;
import org.counterpart.core.analysis.JointRecord;
import org.counterpart.core.analysis.Period;
import org.counterpart.core.analysis.SyntheticRecords;
import org.counterpart.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A hub that held joint records before the standing counts existed has them counted on upgrade. */
class JointCountsMigrationTest {

  @Test
  void recordsHeldBeforeTheCountsAreCountedByTheMigration() {
    String url = TestDatabases.newHubDatabase("countsupgrade", "9");
    var data = new DriverManagerDataSource(url, "postgres", "");
    Period from = Period.parse("2024Q1");
    Period to = Period.parse("2024Q4");
    var records = new SyntheticRecords(from, to, 120, 0.2, null).list(3);
    JointRecordCopy.copy(data, records.stream());
    var jdbc = JdbcClient.create(data);
    // As a database from before V9 would be: records, and no counts.
    jdbc.sql("delete from joint_count").update();
    var counts = new JointCounts(jdbc);
    assertThat(counts.cells(from, to)).isEmpty();

    TestDatabases.migrateHub(url, null);

    assertThat(counts.cells(from, to))
        .hasSizeGreaterThan(200)
        .isEqualTo(Counts.of(records))
        .isEqualTo(counts.recount(from, to));
    assertThat(records).extracting(JointRecord::quarter).containsNull();
  }
}
