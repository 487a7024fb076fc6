package org.khabar.spark.eval;

import org.khabar.io.Report;
import org.khabar.json.AnalysisJson;
import org.khabar.pipeline.Pipeline;
import org.khabar.text.Document;
import org.khabar.text.Metadata;

/**
 * What {@code khabar analyze --no-text --date DATE FILE} prints for a report whose body is the
 * file's text: the same pipeline, the same document (id, body, only the date as metadata), the
 * same JSON writer. {@link AnalyzeCommandCheck} confirms on a sample that the command itself
 * prints exactly this.
 */
public final class ExpectedAnalysis {

  private final Pipeline pipeline;
  private final AnalysisJson json = new AnalysisJson(false);

  public ExpectedAnalysis(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** The analysis JSON of {@code report}, one line. */
  public String json(Report report) {
    Document document = Document.of(report.id(), report.body(),
        new Metadata(null, report.date(), null));
    return json.toJson(pipeline.apply(document));
  }

  /** The rows {@code report} should have in the tables. */
  public AnalysisRows rows(Report report, String warning) {
    return AnalysisJsonRows.of(json(report), report, warning);
  }
}
