package org.khabar.archive;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a search found: the total, one page of hits, the facets over all hits, and notes on how
 * the query was understood (for example that a syntax error was read as plain words).
 */
public record SearchResponse(
    long total,
    boolean totalIsExact,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets,
    List<String> notes) {

  /** One report found. */
  public record Hit(
      String id,
      String headline,
      LocalDate date,
      String source,
      float score,
      List<Snippet> snippets) {}

  /**
   * A passage of a report's body with the matched words marked. All offsets are into the
   * report's original body text.
   */
  public record Snippet(int start, int end, String text, List<int[]> matches) {}

  /** A value of a facet and how many hits have it. */
  public record FacetValue(String value, long count) {}
}
