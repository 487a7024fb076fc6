package org.khabar.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveSearcherTest {

  @TempDir Path temp;
  Archive archive;
  ArchiveSearcher searcher;

  @BeforeEach
  void fill() throws Exception {
    archive = Archive.open(temp.resolve("a"), Archive.Mode.WRITE, TestReports.analyzer());
    TestReports.put(archive, TestReports.CRICKET, TestReports.CRICKET_REWRITE,
        TestReports.WEATHER);
    searcher = new ArchiveSearcher(archive);
  }

  @AfterEach
  void close() throws Exception {
    archive.close();
  }

  private SearchResponse search(String query) throws Exception {
    return searcher.search(SearchRequest.of(query));
  }

  private static List<String> ids(SearchResponse response) {
    return response.hits().stream().map(SearchResponse.Hit::id).toList();
  }

  @Test
  void allWordsMustMatch() throws Exception {
    assertThat(ids(search("ویسٹ انڈیز"))).containsExactlyInAnyOrder("cricket-1", "cricket-2");
    assertThat(ids(search("ویسٹ دھند"))).isEmpty();
    assertThat(ids(search("ویسٹ OR دھند"))).hasSize(3);
    assertThat(ids(search("ویسٹ NOT کپتان"))).isEmpty();
  }

  @Test
  void phrasesMatchWordsInOrder() throws Exception {
    assertThat(ids(search("\"شدید دھند\""))).containsExactly("weather-1");
    assertThat(ids(search("\"دھند شدید\""))).isEmpty();
  }

  @Test
  void snippetsPointIntoTheOriginalBody() throws Exception {
    SearchResponse response = search("دھند");
    SearchResponse.Hit hit = response.hits().get(0);
    String body = TestReports.WEATHER.body();
    assertThat(hit.snippets()).isNotEmpty();
    for (SearchResponse.Snippet snippet : hit.snippets()) {
      assertThat(body.substring(snippet.start(), snippet.end())).isEqualTo(snippet.text());
      assertThat(snippet.matches()).isNotEmpty();
      for (int[] match : snippet.matches()) {
        assertThat(body.substring(match[0], match[1])).isEqualTo("دھند");
      }
    }
  }

  @Test
  void facetsCountSourcesAndMonthsOverAllHits() throws Exception {
    SearchResponse response = searcher.search(new SearchRequest("", Map.of(), null, null,
        SearchRequest.Order.RELEVANCE, 0, 1, 10));
    assertThat(response.total()).isEqualTo(3);
    assertThat(response.hits()).hasSize(1);
    assertThat(response.facets().get(ArchiveFields.SOURCE))
        .containsExactly(new SearchResponse.FacetValue("daily_waqt", 2),
            new SearchResponse.FacetValue("APP", 1));
    assertThat(response.facets().get(ArchiveFields.MONTH))
        .containsExactly(new SearchResponse.FacetValue("2016-10", 2),
            new SearchResponse.FacetValue("2016-11", 1));
  }

  @Test
  void filtersByFacetValueAndDate() throws Exception {
    SearchResponse bySource = searcher.search(new SearchRequest("",
        Map.of(ArchiveFields.SOURCE, List.of("daily_waqt")), null, null,
        SearchRequest.Order.OLDEST, 0, 10, 0));
    assertThat(ids(bySource)).containsExactly("cricket-2", "weather-1");
    SearchResponse byDate = searcher.search(new SearchRequest("", Map.of(),
        LocalDate.of(2016, 10, 6), LocalDate.of(2016, 10, 31), SearchRequest.Order.NEWEST,
        0, 10, 0));
    assertThat(ids(byDate)).containsExactly("cricket-2");
    assertThat(ids(search("date:2016-11"))).containsExactly("weather-1");
    assertThat(ids(search("پاکستان after:2016-10-06"))).containsExactly("cricket-2");
    assertThat(ids(search("source:APP"))).containsExactly("cricket-1");
  }

  @Test
  void pagesThroughHitsByDate() throws Exception {
    var first = searcher.search(new SearchRequest("", Map.of(), null, null,
        SearchRequest.Order.NEWEST, 0, 2, 0));
    var second = searcher.search(new SearchRequest("", Map.of(), null, null,
        SearchRequest.Order.NEWEST, 2, 2, 0));
    assertThat(ids(first)).containsExactly("weather-1", "cricket-2");
    assertThat(ids(second)).containsExactly("cricket-1");
  }

  @Test
  void anUnbalancedQuoteIsSearchedAsWordsWithANote() throws Exception {
    SearchResponse response = search("\"شدید دھند");
    assertThat(ids(response)).containsExactly("weather-1");
    assertThat(response.notes()).singleElement().asString().contains("quote mark");
    SearchResponse brackets = search("(دھند OR ویسٹ");
    assertThat(brackets.notes()).singleElement().asString().contains("bracket");
  }

  @Test
  void aQueryOfPunctuationOnlySaysWhyItMatchesNothing() throws Exception {
    SearchResponse response = search("۔۔ ، ؟");
    assertThat(response.total()).isZero();
    assertThat(response.notes()).singleElement().asString().contains("common words or"
        + " punctuation");
  }

  @Test
  void aVeryLongQueryIsRefusedWithItsLength() {
    String query = "دھند ".repeat(2000);
    assertThatThrownBy(() -> search(query))
        .isInstanceOf(QueryException.class)
        .hasMessageContaining("too long (10000 characters");
  }

  @Test
  void aBadDateSaysHowToWriteOne() {
    assertThatThrownBy(() -> search("date:2016-13"))
        .isInstanceOf(QueryException.class)
        .hasMessageContaining("2015-09-30");
  }

  @Test
  void latinQueriesAndControlCharactersAreHandled() throws Exception {
    assertThat(search("APP\u0000\u0007").total()).isGreaterThanOrEqualTo(0);
    assertThat(ids(search("source:APP"))).containsExactly("cricket-1");
  }

  @Test
  void relatedStoriesFindTheRewrite() throws Exception {
    var related = new RelatedStories(archive).of("cricket-1", 5, 0.2);
    assertThat(related).extracting(RelatedStories.Related::id).containsExactly("cricket-2");
    assertThat(new RelatedStories(archive).of("no-such-id", 5, 0.1)).isEmpty();
  }

  @Test
  void hitsOfEqualScoreComeInIdOrderWithTheirScores() throws Exception {
    var copyB = new org.khabar.io.Report("same-b", null, "کوئٹہ میں برفباری ہوئی۔", null, null,
        null);
    var copyA = new org.khabar.io.Report("same-a", null, copyB.body(), null, null, null);
    TestReports.put(archive, copyB, copyA);
    SearchResponse response = search("برفباری");
    assertThat(ids(response)).containsExactly("same-a", "same-b");
    assertThat(response.hits().get(0).score()).isPositive()
        .isEqualTo(response.hits().get(1).score());
  }
}
