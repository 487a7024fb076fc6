package org.khabar.spark.analysis;

import java.util.List;
import org.khabar.spark.rows.MentionRow;
import org.khabar.spark.rows.RejectRow;
import org.khabar.spark.rows.ReportRow;
import org.khabar.spark.rows.StatementRow;

/**
 * Everything the job keeps of one input record: for a report, its rows in the {@code reports},
 * {@code mentions} and {@code statements} tables and its content-word signature; for a record that
 * was not analysed, its row in {@code rejects}. The job caches these and writes every table from
 * them, so each report is analysed once. A JavaBean for Spark.
 */
public final class AnalyzedReport implements java.io.Serializable {

  /** The report's row, or null if rejected. */
  private ReportRow report;

  /** Its mentions, empty if rejected. */
  private List<MentionRow> mentions;

  /** Its statements, empty if rejected. */
  private List<StatementRow> statements;

  /** The MinHash signature of its content words as bytes (8 per hash), or null if rejected. */
  private byte[] signature;

  /** Why the record was not analysed, or null. */
  private RejectRow reject;

  public AnalyzedReport() {}

  public ReportRow getReport() {
    return report;
  }

  public void setReport(ReportRow report) {
    this.report = report;
  }

  public List<MentionRow> getMentions() {
    return mentions;
  }

  public void setMentions(List<MentionRow> mentions) {
    this.mentions = mentions;
  }

  public List<StatementRow> getStatements() {
    return statements;
  }

  public void setStatements(List<StatementRow> statements) {
    this.statements = statements;
  }

  public byte[] getSignature() {
    return signature;
  }

  public void setSignature(byte[] signature) {
    this.signature = signature;
  }

  public RejectRow getReject() {
    return reject;
  }

  public void setReject(RejectRow reject) {
    this.reject = reject;
  }
}
