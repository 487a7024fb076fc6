package org.khabar.spark.cli;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of a command: under {@code spark-submit} the cluster's, as submitted;
 * otherwise a local one on this machine ({@code local[*]} unless told), with the web UI off and
 * the driver on the loopback address.
 */
public final class LocalSpark {

  private LocalSpark() {}

  /** A session for {@code app}, local on {@code master} if no master was submitted. */
  public static SparkSession session(String app, String master) {
    SparkConf submitted = new SparkConf();
    SparkSession.Builder builder = SparkSession.builder().appName(app);
    if (!submitted.contains("spark.master")) {
      builder.master(master)
          .config("spark.ui.enabled", false)
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.sql.shuffle.partitions", 8);
    }
    return builder.getOrCreate();
  }
}
