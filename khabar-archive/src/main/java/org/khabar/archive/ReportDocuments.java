package org.khabar.archive;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.khabar.io.Report;
import org.khabar.text.Document;

/** Turns a report and its analysis into the Lucene document the archive stores. */
final class ReportDocuments {

  private final FacetsConfig facets;

  ReportDocuments(FacetsConfig facets) {
    this.facets = facets;
  }

  org.apache.lucene.document.Document build(Report report, Document analysis) {
    return build(FiledReport.of(report, analysis));
  }

  /** As {@link #build(Report, Document)}, storing {@code analysisJson} as the analysis. */
  org.apache.lucene.document.Document build(Report report, Document analysis,
      String analysisJson) {
    return build(FiledReport.of(report, analysis, analysisJson));
  }

  org.apache.lucene.document.Document build(FiledReport filed) {
    Report report = filed.report();
    org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
    doc.add(new StringField(ArchiveFields.ID, report.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ArchiveFields.ID, new BytesRef(report.id())));
    if (report.headline() != null) {
      doc.add(new Field(ArchiveFields.HEADLINE, report.headline(),
          ArchiveFields.TEXT_WITH_OFFSETS));
      doc.add(new BinaryDocValuesField(ArchiveFields.HEADLINE, new BytesRef(report.headline())));
    }
    doc.add(new Field(ArchiveFields.BODY, report.body(), ArchiveFields.TEXT_WITH_OFFSETS));
    LocalDate date = report.date();
    if (date != null) {
      long day = date.toEpochDay();
      doc.add(new LongPoint(ArchiveFields.DATE, day));
      doc.add(new NumericDocValuesField(ArchiveFields.DATE, day));
      doc.add(new StringField(ArchiveFields.MONTH, filed.month(), Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(ArchiveFields.MONTH, filed.month()));
    }
    if (filed.source() != null) {
      addName(doc, ArchiveFields.SOURCE, filed.source());
      doc.add(new SortedDocValuesField(ArchiveFields.SOURCE, new BytesRef(filed.source())));
    }
    for (String dimension : ArchiveFields.MULTI_VALUED) {
      for (String name : filed.names().get(dimension)) {
        addName(doc, dimension, name);
      }
    }
    doc.add(new BinaryDocValuesField(ArchiveFields.MINHASH,
        new BytesRef(MinHash.toBytes(filed.minhash()))));
    for (String band : filed.bands()) {
      doc.add(new StringField(ArchiveFields.LSH, band, Field.Store.NO));
    }
    doc.add(new BinaryDocValuesField(ArchiveFields.ANALYSIS,
        new BytesRef(filed.analysisJson().getBytes(StandardCharsets.UTF_8))));
    if (filed.extraJson() != null) {
      doc.add(new StoredField(ArchiveFields.EXTRA, filed.extraJson()));
    }
    try {
      return facets.build(doc);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void addName(org.apache.lucene.document.Document doc, String dimension,
      String name) {
    doc.add(new StringField(dimension, name, Field.Store.YES));
    doc.add(new TextField(ArchiveFields.textField(dimension), name, Field.Store.NO));
    doc.add(new SortedSetDocValuesFacetField(dimension, name));
  }

  static List<String> dimensions() {
    return ArchiveFields.FACETS;
  }
}
