package org.khabar.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.khabar.archive.SearchRequest;
import org.khabar.archive.SearchResponse;

/** Prints search results for a reader at a terminal. */
final class SearchResultPrinter {

  private final PrintWriter out;
  private final boolean ansi;

  SearchResultPrinter(PrintWriter out, boolean ansi) {
    this.out = out;
    this.ansi = ansi;
  }

  void print(SearchRequest request, SearchResponse response) {
    for (String note : response.notes()) {
      out.println("note: " + note);
    }
    long first = response.hits().isEmpty() ? 0 : request.offset() + 1;
    boolean one = response.total() == 1 && response.totalIsExact();
    out.printf(Locale.ROOT, "%s%,d %s (showing %d-%d)%n",
        response.totalIsExact() ? "" : "at least ", response.total(),
        one ? "report matches" : "reports match", first,
        request.offset() + response.hits().size());
    int number = request.offset() + 1;
    for (SearchResponse.Hit hit : response.hits()) {
      out.printf(Locale.ROOT, "%n%2d. %s%s%s%n", number++,
          hit.date() == null ? "" : "[" + hit.date() + "] ",
          hit.headline() == null ? "(no headline)" : hit.headline(),
          "  {" + hit.id() + (hit.source() == null ? "" : ", " + hit.source()) + "}");
      for (SearchResponse.Snippet snippet : hit.snippets()) {
        out.println("    … " + marked(snippet) + " …");
      }
    }
    if (!response.facets().isEmpty()) {
      out.println();
      for (Map.Entry<String, List<SearchResponse.FacetValue>> facet :
          response.facets().entrySet()) {
        if (facet.getValue().isEmpty()) {
          continue;
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-7s", facet.getKey()));
        for (SearchResponse.FacetValue value : facet.getValue()) {
          line.append("  ").append(value.value()).append(" (").append(value.count()).append(')');
        }
        out.println(line);
      }
    }
    out.flush();
  }

  private String marked(SearchResponse.Snippet snippet) {
    StringBuilder text = new StringBuilder();
    int position = snippet.start();
    String body = snippet.text();
    for (int[] match : snippet.matches()) {
      text.append(body, position - snippet.start(), match[0] - snippet.start());
      text.append(ansi ? "\033[1m" : "[");
      text.append(body, match[0] - snippet.start(), match[1] - snippet.start());
      text.append(ansi ? "\033[0m" : "]");
      position = match[1];
    }
    text.append(body.substring(position - snippet.start()));
    return text.toString().replace('\n', ' ');
  }
}
