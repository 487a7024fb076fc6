package org.khabar.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session of the test JVM (Spark allows one context per JVM), shared by every test
 * class: local, two threads, no web UI, two shuffle partitions, on the loopback address.
 */
public final class TestSpark {

  private TestSpark() {}

  public static SparkSession session() {
    return Holder.SESSION;
  }

  private static final class Holder {
    static final SparkSession SESSION = SparkSession.builder()
        .master("local[2]")
        .appName("khabar-spark tests")
        .config("spark.ui.enabled", false)
        .config("spark.sql.shuffle.partitions", 2)
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }
}
