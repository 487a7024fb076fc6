package org.khabar.spark.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.khabar.spark.job.Tables;
import org.khabar.spark.rows.MentionRow;
import org.khabar.spark.rows.RejectRow;
import org.khabar.spark.rows.RelatedRow;
import org.khabar.spark.rows.ReportRow;
import org.khabar.spark.rows.StatementRow;

/** The tables a run of the job wrote, read back into the driver (for evaluations and tests). */
public final class JobOutput {

  private final SparkSession spark;
  private final String folder;

  public JobOutput(SparkSession spark, String folder) {
    this.spark = spark;
    this.folder = folder.replaceAll("/+$", "");
  }

  /** Each report's rows in {@code reports}, {@code mentions} and {@code statements}, by id. */
  public Map<String, AnalysisRows> analyses() {
    Map<String, List<MentionRow>> mentions = new HashMap<>();
    for (MentionRow row : read(Tables.MENTIONS, MentionRow.class)) {
      mentions.computeIfAbsent(row.getReportId(), id -> new ArrayList<>()).add(row);
    }
    Map<String, List<StatementRow>> statements = new HashMap<>();
    for (StatementRow row : read(Tables.STATEMENTS, StatementRow.class)) {
      statements.computeIfAbsent(row.getReportId(), id -> new ArrayList<>()).add(row);
    }
    Map<String, AnalysisRows> analyses = new HashMap<>();
    for (ReportRow report : reports()) {
      if (analyses.put(report.getId(), new AnalysisRows(report,
          mentions.getOrDefault(report.getId(), List.of()),
          statements.getOrDefault(report.getId(), List.of()))) != null) {
        throw new IllegalStateException("two rows in reports for " + report.getId());
      }
    }
    mentions.keySet().stream().filter(id -> !analyses.containsKey(id)).findFirst()
        .ifPresent(id -> {
          throw new IllegalStateException("mentions of " + id + ", which is not in reports");
        });
    return analyses;
  }

  public List<ReportRow> reports() {
    return read(Tables.REPORTS, ReportRow.class);
  }

  public List<RelatedRow> related() {
    return read(Tables.RELATED, RelatedRow.class);
  }

  public List<RejectRow> rejects() {
    return read(Tables.REJECTS, RejectRow.class);
  }

  private <T> List<T> read(String table, Class<T> type) {
    return spark.read().parquet(folder + "/" + table).as(Encoders.bean(type)).collectAsList();
  }
}
