package org.khabar.spark.analysis;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.khabar.pipeline.Pipeline;
import org.khabar.spark.input.ParsedRecord;
import org.khabar.spark.input.RecordParser;
import org.khabar.spark.related.ContentWordSignature;
import org.khabar.spark.rows.DocumentRows;
import org.khabar.spark.rows.MentionRow;
import org.khabar.spark.rows.RejectRow;
import org.khabar.spark.rows.ReportRow;
import org.khabar.spark.rows.StatementRow;
import org.khabar.text.Document;

/**
 * Analyses the records of one partition with the executor's {@link SharedPipeline}: each report
 * becomes its table rows; a record rejected by the parser, a repeated id, or a report the
 * pipeline fails on becomes a reject. A failing report never fails the task.
 */
public final class ReportAnalyzer implements MapPartitionsFunction<ParsedRecord, AnalyzedReport> {

  private final int hashes;

  /** An analyzer that gives each report a content-word signature of {@code hashes} hashes. */
  public ReportAnalyzer(int hashes) {
    this.hashes = hashes;
  }

  @Override
  public Iterator<AnalyzedReport> call(Iterator<ParsedRecord> records) {
    Pipeline pipeline = SharedPipeline.get();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public AnalyzedReport next() {
        return analyze(pipeline, records.next(), hashes);
      }
    };
  }

  /** The analysis of one record, or its reject. */
  public static AnalyzedReport analyze(Pipeline pipeline, ParsedRecord record, int hashes) {
    if (record.getReason() != null) {
      return rejected(record, record.getReason(), record.getRecord());
    }
    if (record.getCopy() > 0) {
      return rejected(record, "the id " + record.getId() + " was seen before: only its first"
          + " record is analysed", null);
    }
    Document document;
    try {
      document = pipeline.apply(RecordParser.report(record).toDocument());
    } catch (RuntimeException | StackOverflowError e) {
      return rejected(record, "analysis failed: " + e, null);
    }
    List<MentionRow> mentions = DocumentRows.mentions(document);
    ReportRow report = DocumentRows.report(document, mentions.size());
    report.setFile(record.getFile());
    report.setOffset(record.getOffset());
    report.setWarning(record.getWarning());
    List<StatementRow> statements = DocumentRows.statements(document);
    AnalyzedReport analyzed = new AnalyzedReport();
    analyzed.setReport(report);
    analyzed.setMentions(mentions);
    analyzed.setStatements(statements);
    analyzed.setSignature(ContentWordSignature.toBytes(ContentWordSignature.of(document, hashes)));
    return analyzed;
  }

  private static AnalyzedReport rejected(ParsedRecord record, String reason, String text) {
    RejectRow reject = new RejectRow();
    reject.setFile(record.getFile());
    reject.setOffset(record.getOffset());
    reject.setId(record.getId());
    reject.setReason(reason);
    reject.setRecord(text);
    AnalyzedReport analyzed = new AnalyzedReport();
    analyzed.setMentions(List.of());
    analyzed.setStatements(List.of());
    analyzed.setReject(reject);
    return analyzed;
  }
}
