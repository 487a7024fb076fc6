package org.khabar.spark.analysis;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.khabar.spark.input.ParsedRecord;

/**
 * Numbers the records that share an id (0 for the first by file and offset, 1 for the next...),
 * so that only the first is analysed and the others become rejects. The one shuffle this takes
 * also spreads the reports evenly over {@code partitions} partitions for the analysis, whatever
 * the sizes of the input files.
 */
public final class CopyNumbers {

  private static final String KEY = "_khabar_key";

  private CopyNumbers() {}

  /** {@code records} with {@code copy} set, hash-partitioned by id into {@code partitions}. */
  public static Dataset<ParsedRecord> assign(Dataset<ParsedRecord> records, int partitions) {
    Column key = when(col("reason").isNull(), col("id"))
        .otherwise(concat(lit("\u0000"), col("file"), lit("@"), col("offset").cast("string")));
    WindowSpec firstToLast = Window.partitionBy(KEY).orderBy(col("file"), col("offset"));
    return records.withColumn(KEY, key)
        .repartition(partitions, col(KEY))
        .withColumn("copy", row_number().over(firstToLast).minus(1))
        .drop(KEY)
        .as(Encoders.bean(ParsedRecord.class));
  }
}
