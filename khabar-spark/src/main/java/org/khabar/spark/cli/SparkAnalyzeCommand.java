package org.khabar.spark.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.khabar.spark.input.InputFormat;
import org.khabar.spark.job.JobSettings;
import org.khabar.spark.job.JobSummary;
import org.khabar.spark.job.KhabarSparkJob;
import org.khabar.spark.job.OutputCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code khabar spark-analyze IN OUT}: the batch job, locally or under spark-submit. */
@Command(
    name = "spark-analyze",
    mixinStandardHelpOptions = true,
    header = "Analyse a corpus of reports on Apache Spark into Parquet tables.",
    description = {
      "Reads the reports at IN (JSON Lines or Parquet; a file, a folder or a glob:",
      "any path Spark reads), analyses each with the Khabar pipeline, and writes the",
      "Parquet tables OUT/reports, OUT/mentions, OUT/statements, OUT/related and",
      "OUT/rejects. A malformed record goes to OUT/rejects with the reason and never",
      "fails the job. Runs in local mode (--master) unless started by spark-submit."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the tables were written (rejected records, if any, are in OUT/rejects)",
      "2:wrong command line",
      "3:the job failed (a missing input path, an output that exists)"
    })
final class SparkAnalyzeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN", description = "The reports.")
  String input;

  @Parameters(index = "1", paramLabel = "OUT", description = "The folder of the tables.")
  String output;

  @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
      description = "Input format: auto, jsonl or parquet (default: ${DEFAULT-VALUE}: Parquet if"
          + " IN ends in .parquet).")
  String format;

  @Option(names = "--master", defaultValue = "local[*]", paramLabel = "MASTER",
      description = "Spark master in local mode (default: ${DEFAULT-VALUE}); ignored under"
          + " spark-submit.")
  String master;

  @Option(names = "--partitions", defaultValue = "0", paramLabel = "N",
      description = "Partitions for the analysis (default: four per core).")
  int partitions;

  @Option(names = "--overwrite", description = "Replace tables that exist under OUT.")
  boolean overwrite;

  @Mixin LshOptions lsh;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    JobSettings settings = new JobSettings(input, output,
        InputFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT)), partitions, overwrite,
        lsh.settings());
    SparkSession spark = LocalSpark.session("khabar spark-analyze", master);
    try {
      OutputCheck.refuseExisting(spark, settings);
      JobSummary summary = new KhabarSparkJob(spark).run(settings);
      out.println("khabar: " + summary);
      out.println("khabar: tables in " + output);
      return ExitCodes.OK;
    } finally {
      spark.stop();
    }
  }
}
