package org.khabar.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.UrduPipeline;
import org.khabar.io.Report;

class ArchiveStoredAnalysisTest {

  @TempDir Path folder;

  @Test
  void keepsTheAnalysisWrittenFromTheDocumentByDefault() throws Exception {
    Report report = Report.of("r1", "تہران میں بات چیت ہوئی۔");
    try (Archive archive = Archive.open(folder, Archive.Mode.WRITE, new StandardAnalyzer())) {
      archive.put(report, UrduPipeline.full().apply(report.toDocument()));
      archive.commit();
      String json = archive.get("r1").orElseThrow().analysisJson();
      assertThat(json).contains("\"schema\":\"khabar-analysis\"").contains("\"tokens\"");
    }
  }

  @Test
  void keepsAGivenAnalysisInsteadWhenOneIsGiven() throws Exception {
    Report report = Report.of("r2", "تہران میں بات چیت ہوئی۔");
    String given = "{\"schema\":\"khabar-analysis\",\"version\":\"1.0\",\"id\":\"r2\","
        + "\"entities\":[{\"start\":0,\"end\":5,\"text\":\"تہران\",\"type\":\"LOCATION\"}]}";
    try (Archive archive = Archive.open(folder, Archive.Mode.WRITE, new StandardAnalyzer())) {
      boolean replaced = archive.put(report, UrduPipeline.full().apply(report.toDocument()),
          given);
      archive.commit();
      assertThat(replaced).isFalse();
      assertThat(archive.get("r2").orElseThrow().analysisJson()).isEqualTo(given);
      assertThat(archive.size()).isEqualTo(1);
    }
  }

  @Test
  void hitsCarryTheirMetadata() throws Exception {
    Report report = new Report("r3", "بات چیت", "تہران میں بات چیت ہوئی۔",
        java.time.LocalDate.of(2016, 12, 29), "ڈان", java.util.Map.of());
    try (Archive archive = Archive.open(folder, Archive.Mode.WRITE, new StandardAnalyzer())) {
      archive.put(report, UrduPipeline.full().apply(report.toDocument()));
      archive.commit();
      SearchResponse.Hit hit = new ArchiveSearcher(archive).search(SearchRequest.of("تہران"))
          .hits().get(0);
      assertThat(hit.id()).isEqualTo("r3");
      assertThat(hit.headline()).isEqualTo("بات چیت");
      assertThat(hit.date()).isEqualTo(java.time.LocalDate.of(2016, 12, 29));
      assertThat(hit.source()).isEqualTo("ڈان");
    }
  }
}
