package org.khabar.solr;

import java.util.Map;
import org.apache.solr.common.SolrInputDocument;
import org.khabar.archive.ArchiveFields;
import org.khabar.io.Report;

/**
 * A report as the client sends it to the khabar configset: only what came in (id, headline,
 * body, date, source and extra fields); Khabar's update processor in Solr analyses it and adds
 * the rest.
 */
final class ReportFields {

  private ReportFields() {}

  static SolrInputDocument of(Report report) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField(ArchiveFields.ID, report.id());
    if (report.headline() != null) {
      doc.setField(ArchiveFields.HEADLINE, report.headline());
    }
    doc.setField(ArchiveFields.BODY, report.body());
    if (report.date() != null) {
      doc.setField(ArchiveFields.DATE, report.date().toString());
    }
    if (report.source() != null) {
      doc.setField(ArchiveFields.SOURCE, report.source());
    }
    for (Map.Entry<String, String> extra : report.extra().entrySet()) {
      if (doc.getField(extra.getKey()) == null) {
        doc.setField(extra.getKey(), extra.getValue());
      }
    }
    return doc;
  }
}
