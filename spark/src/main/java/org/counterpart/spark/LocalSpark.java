package org.counterpart.spark;

import org.apache.spark.sql.SparkSession;

/** A Spark session on this machine only: local[2], bound to loopback, no web UI. */
public final class LocalSpark {

  private LocalSpark() {}

  public static SparkSession start(String appName) {
    return SparkSession.builder()
        .appName(appName)
        .master("local[2]")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        // Two cores: a few shuffle partitions, not Spark's default of 200.
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate();
  }
}
