package org.khabar.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.params.SolrParams;
import org.junit.jupiter.api.Test;
import org.khabar.archive.ArchiveFields;
import org.khabar.archive.SearchRequest;

class SearchParamsTest {

  @Test
  void asksForKhabarsQueryTiesInIdOrderSnippetsAndFacets() {
    SolrParams params = SearchParams.of(new SearchRequest("کرکٹ date:2014", Map.of(
        ArchiveFields.PERSON, List.of("نواز شریف"), ArchiveFields.SOURCE, List.of("APP")),
        LocalDate.of(2014, 1, 1), null, SearchRequest.Order.RELEVANCE, 20, 10, 5));
    assertThat(params.get("q")).isEqualTo("کرکٹ date:2014");
    assertThat(params.get("defType")).isEqualTo("khabar");
    assertThat(params.getParams("fq")).containsExactlyInAnyOrder(
        "{!term f=person}نواز شریف", "{!term f=source}APP",
        "date:[" + LocalDate.of(2014, 1, 1).toEpochDay() + " TO *]");
    assertThat(params.get("sort")).isEqualTo("score desc,id asc");
    assertThat(params.get("start")).isEqualTo("20");
    assertThat(params.get("rows")).isEqualTo("10");
    assertThat(params.get("fl")).isEqualTo("id,headline,date,source,score");
    assertThat(params.getBool("hl")).isTrue();
    assertThat(params.getParams("facet.field")).containsExactlyElementsOf(ArchiveFields.FACETS);
    assertThat(params.get("facet.limit")).isEqualTo("5");
    assertThat(params.get("f.month.facet.limit")).isEqualTo("-1");
    assertThat(params.get("f.month.facet.sort")).isEqualTo("index");
  }

  @Test
  void ordersByDateWithoutScoresAndLeavesOutWhatIsNotAskedFor() {
    SolrParams params = SearchParams.of(new SearchRequest("", Map.of(), null, null,
        SearchRequest.Order.OLDEST, 0, 0, 0));
    assertThat(params.get("sort")).isEqualTo("date asc,id asc");
    assertThat(params.get("fl")).doesNotContain("score");
    assertThat(params.get("hl")).isNull();
    assertThat(params.get("facet")).isNull();
    assertThat(params.getParams("fq")).isNull();
    assertThat(SearchParams.sort(SearchRequest.Order.NEWEST)).isEqualTo("date desc,id asc");
  }
}
