package org.khabar.spark.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/** Refuses, before any work, to write a table over one that exists (unless told to). */
public final class OutputCheck {

  private OutputCheck() {}

  /** Fails with a message naming the table if one exists and overwriting is off. */
  public static void refuseExisting(SparkSession spark, JobSettings settings) {
    if (settings.overwrite()) {
      return;
    }
    for (String table : new String[] {Tables.REPORTS, Tables.MENTIONS, Tables.STATEMENTS,
        Tables.RELATED, Tables.REJECTS}) {
      Path path = new Path(KhabarSparkJob.path(settings, table));
      try {
        FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (fs.exists(path)) {
          throw new IllegalArgumentException(
              path + " exists; give another output folder, or --overwrite to replace it");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
