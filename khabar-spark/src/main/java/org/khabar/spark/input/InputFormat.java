package org.khabar.spark.input;

import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;

/** The formats the job reads reports from. */
public enum InputFormat {
  /** One JSON object per line. */
  JSONL,
  /** Parquet files with the same fields as columns. */
  PARQUET,
  /** Parquet if the path's name ends in {@code .parquet} (a file or a folder of them), else JSON Lines. */
  AUTO;

  /** The records at {@code path} in this format. */
  public Dataset<InputRecord> read(SparkSession spark, String path) {
    return switch (resolve(path)) {
      case PARQUET -> ParquetInput.read(spark, path);
      default -> JsonLinesInput.read(spark, path);
    };
  }

  /** The format for {@code path}: this one, or for {@link #AUTO} the one its name suggests. */
  public InputFormat resolve(String path) {
    if (this != AUTO) {
      return this;
    }
    String name = path.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
    return name.endsWith(".parquet") || name.endsWith(".pq") ? PARQUET : JSONL;
  }
}
