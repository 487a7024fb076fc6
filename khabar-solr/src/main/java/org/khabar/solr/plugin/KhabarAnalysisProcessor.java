package org.khabar.solr.plugin;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.update.AddUpdateCommand;
import org.apache.solr.update.processor.UpdateRequestProcessor;
import org.khabar.archive.FiledReport;
import org.khabar.io.Report;
import org.khabar.text.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Analyses one request's reports: reads each added document as a report, analyses it and
 * replaces the document with the filed report. A report that cannot be read or analysed fails
 * alone with a 400 error naming it and the cause.
 */
final class KhabarAnalysisProcessor extends UpdateRequestProcessor {

  private static final Logger log = LoggerFactory.getLogger(MethodHandles.lookup().lookupClass());

  private final KhabarModel model;
  private final int maxChars;

  KhabarAnalysisProcessor(KhabarModel model, int maxChars, UpdateRequestProcessor next) {
    super(next);
    this.model = model;
    this.maxChars = maxChars;
  }

  @Override
  public void processAdd(AddUpdateCommand cmd) throws IOException {
    SolrInputDocument doc = cmd.getSolrInputDocument();
    FiledDocuments.fill(doc, file(doc));
    super.processAdd(cmd);
  }

  /** The filed report of {@code doc}; a {@link SolrException} (400) if it cannot be had. */
  FiledReport file(SolrInputDocument doc) {
    Object idValue = doc.getFieldValue("id");
    String id = idValue == null ? "(without id)" : idValue.toString();
    try {
      Report report = ReportInput.read(doc, warning -> log.warn("Khabar: {}", warning));
      if (report.body().length() > maxChars) {
        throw new IllegalArgumentException("its body has " + report.body().length()
            + " characters, more than the " + maxChars + " this collection analyses");
      }
      Document analysis = model.analyse(report);
      return FiledReport.of(report, analysis);
    } catch (RuntimeException | StackOverflowError e) {
      throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, "Khabar could not analyse"
          + " report " + id + ": " + describe(e), e);
    }
  }

  private static String describe(Throwable e) {
    if (e instanceof IllegalArgumentException && e.getMessage() != null) {
      return e.getMessage();
    }
    return e.toString();
  }
}
