package org.khabar.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.khabar.archive.SearchRequest;
import org.khabar.archive.SearchResponse;

class SearchResultPrinterTest {

  private static String printed(long total, boolean exact, int hits) {
    List<SearchResponse.Hit> page = new java.util.ArrayList<>();
    for (int i = 0; i < hits; i++) {
      page.add(new SearchResponse.Hit("r" + i, "کراچی میں بارش", null, null, 1f, List.of()));
    }
    StringWriter text = new StringWriter();
    new SearchResultPrinter(new PrintWriter(text, true), false)
        .print(SearchRequest.of("بارش"), new SearchResponse(total, exact, page, Map.of(), List.of()));
    return text.toString();
  }

  @Test
  void oneReportMatchesAndSeveralMatch() {
    assertThat(printed(1, true, 1)).startsWith("1 report matches (showing 1-1)");
    assertThat(printed(2, true, 2)).startsWith("2 reports match (showing 1-2)");
    assertThat(printed(0, true, 0)).startsWith("0 reports match (showing 0-0)");
    assertThat(printed(1000, false, 2)).startsWith("at least 1,000 reports match");
  }
}
