package org.khabar.solr.plugin;

import java.util.List;
import org.apache.solr.common.SolrInputDocument;
import org.khabar.archive.ArchiveFields;
import org.khabar.archive.FiledReport;
import org.khabar.archive.MinHash;
import org.khabar.io.Report;

/**
 * Writes a {@link FiledReport} into a Solr document: the same fields, with the same values, as
 * the embedded archive's documents (the {@code *_text} fields are copied by the schema).
 */
final class FiledDocuments {

  private FiledDocuments() {}

  /** {@code doc}, emptied and filled with the fields of {@code filed}. */
  static SolrInputDocument fill(SolrInputDocument doc, FiledReport filed) {
    Report report = filed.report();
    doc.clear();
    doc.setField(ArchiveFields.ID, report.id());
    if (report.headline() != null) {
      doc.setField(ArchiveFields.HEADLINE, report.headline());
    }
    doc.setField(ArchiveFields.BODY, report.body());
    if (report.date() != null) {
      doc.setField(ArchiveFields.DATE, report.date().toEpochDay());
      doc.setField(ArchiveFields.MONTH, filed.month());
    }
    if (filed.source() != null) {
      doc.setField(ArchiveFields.SOURCE, filed.source());
    }
    for (String dimension : ArchiveFields.MULTI_VALUED) {
      if (!filed.names().get(dimension).isEmpty()) {
        doc.setField(dimension, List.copyOf(filed.names().get(dimension)));
      }
    }
    doc.setField(ArchiveFields.MINHASH, MinHash.toBytes(filed.minhash()));
    doc.setField(ArchiveFields.LSH, filed.bands());
    doc.setField(ArchiveFields.ANALYSIS, filed.analysisJson());
    if (filed.extraJson() != null) {
      doc.setField(ArchiveFields.EXTRA, filed.extraJson());
    }
    return doc;
  }
}
