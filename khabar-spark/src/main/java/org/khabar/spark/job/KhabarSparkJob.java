package org.khabar.spark.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.khabar.spark.analysis.AnalyzedReport;
import org.khabar.spark.analysis.CopyNumbers;
import org.khabar.spark.analysis.ReportAnalyzer;
import org.khabar.spark.input.InputRecord;
import org.khabar.spark.input.ParsedRecord;
import org.khabar.spark.input.RecordParser;
import org.khabar.spark.related.RelatedStoryFinder;
import org.khabar.spark.related.SignatureRow;

/**
 * The Khabar batch job: reads the reports, parses them (bad records become rejects), numbers
 * repeated ids, analyses each report once with the executor's pipeline, caches the analysis, and
 * writes the {@code reports}, {@code mentions}, {@code statements}, {@code rejects} and {@code
 * related} tables as Parquet under the output folder.
 */
public final class KhabarSparkJob {

  private final SparkSession spark;

  public KhabarSparkJob(SparkSession spark) {
    this.spark = spark;
  }

  /** Runs the job; a bad input record never fails it, a missing input path does. */
  public JobSummary run(JobSettings settings) {
    long started = System.nanoTime();
    int partitions = settings.partitions() > 0
        ? settings.partitions() : 4 * spark.sparkContext().defaultParallelism();
    Dataset<InputRecord> input = settings.format().read(spark, settings.input());
    Dataset<ParsedRecord> parsed = input.map(new RecordParser(), Encoders.bean(ParsedRecord.class));
    Dataset<AnalyzedReport> analyzed = CopyNumbers.assign(parsed, partitions)
        .mapPartitions(new ReportAnalyzer(settings.lsh().hashes()), Encoders.bean(AnalyzedReport.class))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      SaveMode mode = settings.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
      write(Tables.reports(analyzed), settings, Tables.REPORTS, mode);
      write(Tables.mentions(analyzed), settings, Tables.MENTIONS, mode);
      write(Tables.statements(analyzed), settings, Tables.STATEMENTS, mode);
      write(Tables.rejects(analyzed), settings, Tables.REJECTS, mode);
      double analysisSeconds = (System.nanoTime() - started) / 1e9;
      RelatedStoryFinder.Counters counters = new RelatedStoryFinder.Counters(
          spark.sparkContext().longAccumulator("oversized LSH buckets"),
          spark.sparkContext().longAccumulator("candidate pairs"));
      Dataset<SignatureRow> signatures = analyzed.filter(col("report").isNotNull())
          .select(col("report.id").as("id"), col("report.date").as("date"), col("signature"))
          .as(Encoders.bean(SignatureRow.class));
      write(Tables.ordered(new RelatedStoryFinder(settings.lsh()).find(signatures, counters)
          .toDF(), Tables.RELATED_COLUMNS), settings, Tables.RELATED, mode);
      Row counts = analyzed.agg(
              count(col("report")), count(col("reject")),
              sum(size(col("mentions"))), sum(size(col("statements"))))
          .first();
      long related = spark.read().parquet(path(settings, Tables.RELATED)).count();
      return new JobSummary(counts.getLong(0), counts.getLong(1), nullToZero(counts, 2),
          nullToZero(counts, 3), related, counters.candidates().value(),
          counters.skippedBuckets().value(), (System.nanoTime() - started) / 1e9, analysisSeconds);
    } finally {
      analyzed.unpersist();
    }
  }

  /** Where a table is written. */
  public static String path(JobSettings settings, String table) {
    return settings.output().replaceAll("/+$", "") + "/" + table;
  }

  private static void write(Dataset<Row> table, JobSettings settings, String name, SaveMode mode) {
    table.write().mode(mode).parquet(path(settings, name));
  }

  private static long nullToZero(Row row, int field) {
    return row.isNullAt(field) ? 0 : row.getLong(field);
  }
}
