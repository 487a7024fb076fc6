package org.khabar.spark.job;

import java.util.Objects;
import org.khabar.spark.input.InputFormat;
import org.khabar.spark.related.LshSettings;

/**
 * What the job reads, where it writes, and how.
 *
 * @param input the path of the reports, anything Spark reads (a file, a folder, a glob)
 * @param output the folder the tables are written under
 * @param format the input's format
 * @param partitions partitions for the analysis; 0 for four per core Spark has
 * @param overwrite replace tables that exist (else the job refuses to start writing over them)
 * @param lsh how related stories are found
 */
public record JobSettings(
    String input, String output, InputFormat format, int partitions, boolean overwrite,
    LshSettings lsh) {

  public JobSettings {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(lsh, "lsh");
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must be 0 or more, got " + partitions);
    }
  }

  /** JSON Lines or Parquet by the input's name, default partitions, no overwriting. */
  public static JobSettings of(String input, String output) {
    return new JobSettings(input, output, InputFormat.AUTO, 0, false, LshSettings.DEFAULT);
  }

  public JobSettings withOverwrite(boolean replace) {
    return new JobSettings(input, output, format, partitions, replace, lsh);
  }

  public JobSettings withFormat(InputFormat newFormat) {
    return new JobSettings(input, output, newFormat, partitions, overwrite, lsh);
  }

  public JobSettings withPartitions(int count) {
    return new JobSettings(input, output, format, count, overwrite, lsh);
  }

  public JobSettings withLsh(LshSettings settings) {
    return new JobSettings(input, output, format, partitions, overwrite, settings);
  }
}
