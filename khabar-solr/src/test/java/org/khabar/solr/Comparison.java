package org.khabar.solr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khabar.archive.SearchResponse;

/**
 * What differs between two answers to the same search: totals, hit ids in order, scores,
 * snippets, facet counts and notes. Scores must be equal to the last bit: both sides run the
 * same Lucene query with the same statistics. A facet dimension with no values counts as absent
 * (the embedded archive lists a dimension the index has even when no hit has a value; Solr
 * leaves it out).
 */
public final class Comparison {

  private Comparison() {}

  /** The differences, each a line for a reader; empty if the answers agree. */
  public static List<String> differences(SearchResponse expected, SearchResponse actual) {
    List<String> differences = new ArrayList<>();
    if (expected.total() != actual.total()) {
      differences.add("total " + expected.total() + " ≠ " + actual.total());
    }
    List<String> expectedIds = ids(expected);
    List<String> actualIds = ids(actual);
    if (!expectedIds.equals(actualIds)) {
      differences.add("hits " + expectedIds + " ≠ " + actualIds);
    } else {
      for (int i = 0; i < expected.hits().size(); i++) {
        SearchResponse.Hit a = expected.hits().get(i);
        SearchResponse.Hit b = actual.hits().get(i);
        if (Float.compare(a.score(), b.score()) != 0) {
          differences.add("score of " + a.id() + " " + a.score() + " ≠ " + b.score());
        }
        if (!java.util.Objects.equals(a.headline(), b.headline())
            || !java.util.Objects.equals(a.date(), b.date())
            || !java.util.Objects.equals(a.source(), b.source())) {
          differences.add("fields of " + a.id() + " differ");
        }
        if (!snippets(a).equals(snippets(b))) {
          differences.add("snippets of " + a.id() + " " + snippets(a) + " ≠ " + snippets(b));
        }
      }
    }
    Map<String, List<SearchResponse.FacetValue>> expectedFacets = facets(expected);
    Map<String, List<SearchResponse.FacetValue>> actualFacets = facets(actual);
    if (!expectedFacets.equals(actualFacets)) {
      differences.add("facets " + expectedFacets + " ≠ " + actualFacets);
    }
    if (!expected.notes().equals(actual.notes())) {
      differences.add("notes " + expected.notes() + " ≠ " + actual.notes());
    }
    return differences;
  }

  /** The ids of the hits, in order. */
  public static List<String> ids(SearchResponse response) {
    return response.hits().stream().map(SearchResponse.Hit::id).toList();
  }

  private static List<String> snippets(SearchResponse.Hit hit) {
    List<String> snippets = new ArrayList<>();
    for (SearchResponse.Snippet snippet : hit.snippets()) {
      StringBuilder text = new StringBuilder(snippet.start() + "-" + snippet.end() + ":"
          + snippet.text());
      for (int[] match : snippet.matches()) {
        text.append(" [").append(match[0]).append(',').append(match[1]).append(']');
      }
      snippets.add(text.toString());
    }
    return snippets;
  }

  private static Map<String, List<SearchResponse.FacetValue>> facets(SearchResponse response) {
    Map<String, List<SearchResponse.FacetValue>> facets = new LinkedHashMap<>();
    response.facets().forEach((dimension, values) -> {
      if (!values.isEmpty()) {
        facets.put(dimension, values);
      }
    });
    return facets;
  }
}
