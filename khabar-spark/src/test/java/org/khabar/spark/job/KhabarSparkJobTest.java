package org.khabar.spark.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.UrduPipeline;
import org.khabar.spark.Fixture;
import org.khabar.spark.TestSpark;
import org.khabar.spark.eval.AnalysisRows;
import org.khabar.spark.eval.ExpectedAnalysis;
import org.khabar.spark.eval.JobOutput;
import org.khabar.spark.eval.RowDiff;
import org.khabar.spark.input.InputFormat;
import org.khabar.spark.rows.MentionRow;
import org.khabar.spark.rows.RejectRow;
import org.khabar.spark.rows.RelatedRow;
import org.khabar.spark.rows.ReportRow;
import org.khabar.spark.rows.StatementRow;

/**
 * The job on the test reports in local mode, once from JSON Lines (with malformed lines) and once
 * from Parquet: its tables against what {@code khabar analyze} prints, its rejects, its related
 * pairs.
 */
class KhabarSparkJobTest {

  @TempDir static Path folder;

  static Fixture fixture;
  static JobSummary jsonlSummary;
  static JobOutput jsonl;
  static JobOutput parquet;

  @BeforeAll
  static void runTheJob() {
    SparkSession spark = TestSpark.session();
    fixture = Fixture.write(folder);
    JobSettings settings = JobSettings.of(fixture.file().toString(),
        folder.resolve("jsonl-tables").toString()).withPartitions(3);
    jsonlSummary = new KhabarSparkJob(spark).run(settings);
    jsonl = new JobOutput(spark, settings.output());

    Path resource = folder.resolve("good.jsonl");
    writeGoodLines(resource);
    Dataset<Row> reports = spark.read().json(resource.toString())
        .withColumn("date", to_date(col("date")));
    Dataset<Row> noBody = reports.limit(1).withColumn("id", lit("parquet-no-body"))
        .withColumn("body", lit(null).cast("string"));
    String parquetPath = folder.resolve("reports.parquet").toString();
    reports.unionByName(noBody).coalesce(1).write().parquet(parquetPath);
    JobSettings fromParquet = JobSettings.of(parquetPath, folder.resolve("parquet-tables")
        .toString());
    new KhabarSparkJob(spark).run(fromParquet);
    parquet = new JobOutput(spark, fromParquet.output());
  }

  @Test
  void rowsEqualWhatKhabarAnalyzePrints() {
    ExpectedAnalysis analyze = new ExpectedAnalysis(UrduPipeline.full());
    Map<String, AnalysisRows> expected = new HashMap<>();
    fixture.goodReports().forEach((id, report) ->
        expected.put(id, analyze.rows(report.getKey(), report.getValue())));

    assertThat(expected).hasSize(7);
    assertThat(RowDiff.between(expected, jsonl.analyses())).isEmpty();
  }

  @Test
  void theTablesHoldTheAnalysis() {
    Map<String, AnalysisRows> analyses = jsonl.analyses();
    AnalysisRows tehran = analyses.get("tehran-geo-desk");

    assertThat(tehran.report().getDateline().getPlace()).isEqualTo("تہران");
    assertThat(tehran.report().getSentences()).isEqualTo(16);
    assertThat(tehran.report().getTokens()).isEqualTo(467);
    // the dateline's place is a place mention (kind "name" when the model found it too)
    assertThat(tehran.mentions()).anyMatch(m -> m.getStart() == 0 && m.getEnd() == 5
        && "LOCATION".equals(m.getType()) && m.getCluster() != null);
    assertThat(tehran.statements()).isNotEmpty();
    assertThat(tehran.statements()).extracting(StatementRow::getSpeakerName).doesNotContainNull();
    assertThat(jsonlSummary.reports()).isEqualTo(7);
    assertThat(jsonlSummary.statements())
        .isEqualTo(analyses.values().stream().mapToLong(a -> a.statements().size()).sum());
  }

  @Test
  void everyMalformedLineIsRejectedWithItsOffsetAndReason() {
    List<RejectRow> rejects = jsonl.rejects();

    assertThat(rejects).hasSize(fixture.badLines().size());
    Map<Long, RejectRow> byOffset = rejects.stream()
        .collect(Collectors.toMap(RejectRow::getOffset, r -> r));
    for (Fixture.BadLine bad : fixture.badLines()) {
      assertThat(byOffset).containsKey(bad.offset());
      assertThat(byOffset.get(bad.offset()).getReason()).contains(bad.reason());
      assertThat(byOffset.get(bad.offset()).getFile()).endsWith("reports.jsonl");
    }
  }

  @Test
  void aDateThatCannotBeReadIsAWarningNotAReject() {
    ReportRow report = jsonl.analyses().get(Fixture.UNREADABLE_DATE_ID).report();

    assertThat(report.getDate()).isNull();
    assertThat(report.getWarning()).contains("31.02.15");
  }

  @Test
  void theFirstOfTwoRecordsWithOneIdIsAnalysed() {
    ReportRow smog = jsonl.analyses().get("sample-lahore-smog").report();

    assertThat(smog.getLength()).isGreaterThan("دوسری بار".length());
    assertThat(smog.getOffset()).isLessThan(fixture.badLines().get(0).offset());
  }

  @Test
  void parquetInputGivesTheSameRows() {
    Map<String, AnalysisRows> fromJsonl = jsonl.analyses();
    Map<String, AnalysisRows> fromParquet = parquet.analyses();
    Map<String, AnalysisRows> same = new HashMap<>(fromJsonl);
    same.keySet().retainAll(Fixture.GOOD_IDS);

    assertThat(fromParquet).containsOnlyKeys(Fixture.GOOD_IDS);
    assertThat(RowDiff.between(same, fromParquet)).isEmpty();
    assertThat(parquet.rejects()).singleElement().satisfies(reject -> {
      assertThat(reject.getId()).isEqualTo("parquet-no-body");
      assertThat(reject.getReason()).contains("has no \"body\"");
      assertThat(reject.getFile()).contains("reports.parquet");
    });
    List<Long> rowIndexes = new java.util.ArrayList<>();
    parquet.reports().forEach(r -> rowIndexes.add(r.getOffset()));
    parquet.rejects().forEach(r -> rowIndexes.add(r.getOffset()));
    assertThat(rowIndexes).containsExactlyInAnyOrder(0L, 1L, 2L, 3L, 4L, 5L, 6L);
  }

  @Test
  void relatedPairsTheTwoTellingsOfOneStoryAndNothingUnrelated() {
    List<RelatedRow> related = jsonl.related();

    assertThat(related).extracting(r -> r.getReportId() + " " + r.getRelatedId())
        .contains("sample-astana-talks-app sample-astana-talks-daily")
        .noneMatch(pair -> pair.contains("cricket") || pair.contains("smog"));
    assertThat(related).allSatisfy(r -> {
      assertThat(r.getReportId()).isLessThan(r.getRelatedId());
      assertThat(r.getSimilarity()).isGreaterThanOrEqualTo(
          org.khabar.spark.related.LshSettings.DEFAULT.minSimilarity());
    });
  }

  @Test
  void refusesToWriteOverTablesThatExist() {
    JobSettings again = JobSettings.of(fixture.file().toString(),
        folder.resolve("jsonl-tables").toString());

    assertThatThrownBy(() -> OutputCheck.refuseExisting(TestSpark.session(), again))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--overwrite");
    OutputCheck.refuseExisting(TestSpark.session(), again.withOverwrite(true));
  }

  @Test
  void theInputFormatFollowsTheName() {
    assertThat(InputFormat.AUTO.resolve("s3a://bucket/reports.parquet/")).isEqualTo(
        InputFormat.PARQUET);
    assertThat(InputFormat.AUTO.resolve("hdfs:///news/*.jsonl")).isEqualTo(InputFormat.JSONL);
    assertThat(InputFormat.PARQUET.resolve("reports.jsonl")).isEqualTo(InputFormat.PARQUET);
  }

  private static void writeGoodLines(Path file) {
    try {
      java.nio.file.Files.write(file, Fixture.goodLines());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

}
