package org.khabar.spark.input;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads reports from Parquet: each row becomes the JSON object of its columns, so that a Parquet
 * report is parsed by exactly the rules of a JSON Lines one (column {@code id}, {@code body} or
 * {@code text}, ...). The record's offset is the row's index in its file.
 */
public final class ParquetInput {

  private ParquetInput() {}

  /** The records of the Parquet files at {@code path}. */
  public static Dataset<InputRecord> read(SparkSession spark, String path) {
    Dataset<Row> rows = spark.read().option("recursiveFileLookup", "true").parquet(path);
    Column[] columns = Arrays.stream(rows.columns()).map(name -> col("`" + name + "`"))
        .toArray(Column[]::new);
    return rows.select(
            col("_metadata.file_path").as("file"),
            col("_metadata.row_index").as("offset"),
            to_json(struct(columns)).as("json"),
            lit(null).cast("string").as("problem"))
        .as(Encoders.bean(InputRecord.class));
  }
}
