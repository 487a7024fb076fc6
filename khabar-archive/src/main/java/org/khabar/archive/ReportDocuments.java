package org.khabar.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.khabar.json.AnalysisJson;
import org.khabar.text.Document;

/** Turns a report and its analysis into the Lucene document the archive stores. */
final class ReportDocuments {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AnalysisJson ANALYSIS_JSON = new AnalysisJson(false, false);

  private final FacetsConfig facets;

  ReportDocuments(FacetsConfig facets) {
    this.facets = facets;
  }

  org.apache.lucene.document.Document build(Report report, Document analysis) {
    return build(report, analysis, ANALYSIS_JSON.toJson(analysis));
  }

  /** As {@link #build(Report, Document)}, storing {@code analysisJson} as the analysis. */
  org.apache.lucene.document.Document build(Report report, Document analysis,
      String analysisJson) {
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
      String month = date.toString().substring(0, 7);
      doc.add(new StringField(ArchiveFields.MONTH, month, Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(ArchiveFields.MONTH, month));
    }
    if (report.source() != null && !report.source().isBlank()) {
      addName(doc, ArchiveFields.SOURCE, report.source().strip());
      doc.add(new SortedDocValuesField(ArchiveFields.SOURCE, new BytesRef(report.source().strip())));
    }
    ReportFacts facts = ReportFacts.of(analysis);
    for (String dimension : ArchiveFields.MULTI_VALUED) {
      for (String name : facts.names(dimension)) {
        addName(doc, dimension, name);
      }
    }
    long[] signature = MinHash.signature(facts.words());
    doc.add(new BinaryDocValuesField(ArchiveFields.MINHASH, new BytesRef(MinHash.toBytes(signature))));
    for (String band : MinHash.bands(signature)) {
      doc.add(new StringField(ArchiveFields.LSH, band, Field.Store.NO));
    }
    doc.add(new BinaryDocValuesField(ArchiveFields.ANALYSIS,
        new BytesRef(analysisJson.getBytes(StandardCharsets.UTF_8))));
    if (!report.extra().isEmpty()) {
      doc.add(new StoredField(ArchiveFields.EXTRA, json(report.extra())));
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

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> dimensions() {
    return ArchiveFields.FACETS;
  }
}
