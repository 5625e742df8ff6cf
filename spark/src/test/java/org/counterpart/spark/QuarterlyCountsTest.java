package org.counterpart.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.counterpart.core.analysis.Cell;
import org.counterpart.core.analysis.Counts;
import org.counterpart.core.analysis.JointRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job, in local[2] on loopback, counts exactly what core's reference counts. */
class QuarterlyCountsTest {

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start("quarterly-counts-test");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void sparkCellsEqualTheReferenceCountsOnTheSameRecords(@TempDir Path dir) {
    List<JointRecord> records = SyntheticRecords.of(400, 20260501L);
    String parquet = dir.resolve("joint").toString();
    spark
        .createDataFrame(
            records.stream().map(JointRecordRows::toRow).toList(), JointRecordRows.SCHEMA)
        .write()
        .parquet(parquet);

    String out = dir.resolve("counts").toString();
    SparkJob.run(spark, parquet, out);
    List<Row> rows = spark.read().parquet(out + "/parquet").collectAsList();
    List<Cell> counted = QuarterlyCounts.cells(rows);

    List<Cell> reference = Counts.of(records);
    assertThat(reference).extracting(Cell::group).contains(Cell.CTDC, Cell.REGION);
    assertThat(counted).containsExactlyElementsOf(reference);
  }
}
