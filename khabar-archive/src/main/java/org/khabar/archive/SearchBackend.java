package org.khabar.archive;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where searches are answered: the embedded archive ({@link EmbeddedBackend}) or a SolrCloud
 * collection ({@code org.khabar.solr.SolrBackend}). Both answer the same request with the same
 * hits, facets and snippets, so a command or a server written against this interface works on
 * either. Implementations are safe to use from many threads.
 */
public interface SearchBackend extends AutoCloseable {

  /** Runs {@code request}: one page of hits with snippets, and facets over all hits. */
  SearchResponse search(SearchRequest request) throws IOException, QueryException;

  /** The report with this id, with its stored analysis, if there is one. */
  Optional<StoredReport> report(String id) throws IOException;

  /** Up to {@code max} reports that tell the same story as report {@code id}. */
  List<RelatedStories.Related> related(String id, int max, double minSimilarity)
      throws IOException;

  /**
   * The top {@code perDimension} values of every facet dimension over every report, with how
   * many reports have each (the month dimension in full, by month).
   */
  default Map<String, List<SearchResponse.FacetValue>> facetValues(int perDimension)
      throws IOException {
    try {
      return search(new SearchRequest("", Map.of(), null, null, SearchRequest.Order.RELEVANCE,
          0, 0, perDimension)).facets();
    } catch (QueryException e) {
      throw new IllegalStateException("the empty query cannot fail", e);
    }
  }

  /** How many reports there are. */
  long size() throws IOException;

  /** Where the reports are, for messages: {@code archive ./archive}. */
  String describe();

  @Override
  void close() throws IOException;
}
