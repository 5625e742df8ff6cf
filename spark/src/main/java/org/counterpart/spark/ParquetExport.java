package org.counterpart.spark;

import java.util.Properties;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes the hub's joint records (not withdrawn) as Parquet, read by Spark from PostgreSQL over
 * JDBC, in {@link JointRecordRows#SCHEMA}'s columns: one Parquet row per record, a hub row that
 * stands for several identical records of its source (its weight) written that many times.
 */
public final class ParquetExport {

  private ParquetExport() {}

  /** Returns the number of records written. */
  public static long export(SparkSession spark, String jdbcUrl, Properties login, String out) {
    var properties = new Properties();
    properties.putAll(login);
    properties.setProperty("driver", "org.postgresql.Driver");
    // Streams the rows instead of holding the whole table in the driver's memory.
    properties.setProperty("fetchsize", "10000");
    String table =
        "(select "
            + JointRecordRows.selectList()
            + " from joint_record cross join lateral generate_series(1, weight)"
            + " where not withdrawn) as joint";
    var records = spark.read().jdbc(jdbcUrl, table, properties);
    records.write().mode(SaveMode.ErrorIfExists).parquet(out);
    return spark.read().parquet(out).count();
  }
}
