package org.counterpart.spark;

import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/** Reads a Parquet export of the joint database and writes its quarterly counts. */
public final class SparkJob {

  private SparkJob() {}

  /**
   * Writes the counts to {@code out/parquet}, and as one CSV file with a header to {@code out/csv}
   * for people and spreadsheets (two folders: Spark reads a folder as one dataset); returns the
   * number of cells.
   */
  public static long run(SparkSession spark, String in, String out) {
    var counts = QuarterlyCounts.compute(spark.read().parquet(in)).cache();
    counts.write().mode(SaveMode.ErrorIfExists).parquet(out + "/parquet");
    counts
        .coalesce(1)
        .orderBy("group", "year", "quarter", "dimension", "value")
        .write()
        .option("header", "true")
        .csv(out + "/csv");
    long cells = counts.count();
    counts.unpersist();
    return cells;
  }
}
