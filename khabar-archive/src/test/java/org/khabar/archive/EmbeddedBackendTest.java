package org.khabar.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedBackendTest {

  @TempDir Path temp;
  Archive archive;
  SearchBackend backend;

  @BeforeEach
  void fill() throws Exception {
    archive = Archive.open(temp.resolve("a"), Archive.Mode.WRITE, TestReports.analyzer());
    TestReports.put(archive, TestReports.CRICKET, TestReports.CRICKET_REWRITE,
        TestReports.WEATHER);
    backend = new EmbeddedBackend(archive);
  }

  @AfterEach
  void close() throws Exception {
    backend.close();
    archive.close();
  }

  @Test
  void searchesAsTheArchiveSearcherDoes() throws Exception {
    SearchRequest request = SearchRequest.of("ویسٹ انڈیز");
    assertThat(backend.search(request)).usingRecursiveComparison()
        .isEqualTo(new ArchiveSearcher(archive).search(request));
    assertThat(backend.search(request).hits()).hasSize(2);
  }

  @Test
  void returnsAReportAndItsRelatedStories() throws Exception {
    assertThat(backend.report("weather-1").orElseThrow().body())
        .isEqualTo(TestReports.WEATHER.body());
    assertThat(backend.report("nothing")).isEmpty();
    assertThat(backend.related("cricket-1", 5, 0.2))
        .extracting(RelatedStories.Related::id).containsExactly("cricket-2");
  }

  @Test
  void facetValuesCountEveryReport() throws Exception {
    var facets = backend.facetValues(10);
    assertThat(facets.get(ArchiveFields.SOURCE)).containsExactly(
        new SearchResponse.FacetValue("daily_waqt", 2), new SearchResponse.FacetValue("APP", 1));
    assertThat(facets.get(ArchiveFields.MONTH)).extracting(SearchResponse.FacetValue::value)
        .containsExactly("2016-10", "2016-11");
  }

  @Test
  void knowsItsSizeAndSaysWhereItIs() throws Exception {
    assertThat(backend.size()).isEqualTo(3);
    assertThat(backend.describe()).isEqualTo("archive " + temp.resolve("a"));
    backend.close();
    assertThat(archive.size()).as("the archive stays open").isEqualTo(3);
  }
}
