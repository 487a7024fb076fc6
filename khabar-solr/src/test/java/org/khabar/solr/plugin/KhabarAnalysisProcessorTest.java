package org.khabar.solr.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;
import org.khabar.UrduPipeline;
import org.khabar.archive.ArchiveFields;
import org.khabar.archive.FiledReport;
import org.khabar.archive.MinHash;
import org.khabar.io.Report;
import org.khabar.pipeline.Pipeline;
import org.khabar.pipeline.Stage;
import org.khabar.solr.FixtureReports;
import org.khabar.text.Document;
import org.khabar.text.Key;

class KhabarAnalysisProcessorTest {

  private static final KhabarModel FULL = KhabarModel.load("full", "1.0");

  private static SolrInputDocument input(Report report) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField("id", report.id());
    doc.setField("headline", report.headline());
    doc.setField("body", report.body());
    doc.setField("date", report.date().toString());
    doc.setField("source", report.source());
    doc.setField("domain", "sports");
    return doc;
  }

  @Test
  void fillsTheFieldsOfTheFiledReport() {
    Report report = FixtureReports.reports().get(0);
    SolrInputDocument doc = input(report);
    FiledReport filed = new KhabarAnalysisProcessor(FULL, 1000, null).file(doc);
    FiledDocuments.fill(doc, filed);
    FiledReport expected = FiledReport.of(report, UrduPipeline.full()
        .apply(report.toDocument()));
    assertThat(doc.getFieldValue(ArchiveFields.DATE)).isEqualTo(report.date().toEpochDay());
    assertThat(doc.getFieldValue(ArchiveFields.MONTH)).isEqualTo(expected.month());
    assertThat(doc.getFieldValue(ArchiveFields.SOURCE)).isEqualTo("APP");
    assertThat(doc.getFieldValue(ArchiveFields.ANALYSIS)).isEqualTo(expected.analysisJson());
    assertThat(doc.getFieldValues(ArchiveFields.LSH)).containsExactlyElementsOf(
        expected.bands());
    assertThat((byte[]) doc.getFieldValue(ArchiveFields.MINHASH))
        .isEqualTo(MinHash.toBytes(expected.minhash()));
    assertThat(doc.getFieldValue(ArchiveFields.EXTRA)).isEqualTo("{\"domain\":\"sports\"}");
    assertThat(doc.getFieldNames()).doesNotContain("domain");
  }

  @Test
  void aReportThatFailsAnalysisFailsAloneWithItsIdAndCause() {
    Stage failing = new Stage() {
      @Override
      public String name() {
        return "failing";
      }

      @Override
      public Set<Key<?>> requires() {
        return Set.of();
      }

      @Override
      public Set<Key<?>> produces() {
        return Set.of();
      }

      @Override
      public Document apply(Document document) {
        throw new IllegalStateException("the stage broke on " + document.id());
      }
    };
    KhabarModel broken = KhabarModel.of("broken", Pipeline.builder().add(failing).build());
    SolrInputDocument doc = input(FixtureReports.reports().get(1));
    assertThatThrownBy(() -> new KhabarAnalysisProcessor(broken, 1000, null).file(doc))
        .isInstanceOf(SolrException.class)
        .hasMessageContaining("Khabar could not analyse report fx-cricket-02")
        .hasMessageContaining("the stage broke on fx-cricket-02")
        .extracting(e -> ((SolrException) e).code()).isEqualTo(400);
  }

  @Test
  void aBodyLongerThanTheLimitIsRejectedUnanalysed() {
    SolrInputDocument doc = input(FixtureReports.reports().get(2));
    assertThatThrownBy(() -> new KhabarAnalysisProcessor(FULL, 50, null).file(doc))
        .hasMessageContaining("report fx-cricket-03")
        .hasMessageContaining("more than the 50 this collection analyses");
  }
}
