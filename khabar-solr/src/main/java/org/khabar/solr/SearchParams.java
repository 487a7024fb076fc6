package org.khabar.solr;

import java.util.List;
import java.util.Map;
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.params.FacetParams;
import org.apache.solr.common.params.HighlightParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.khabar.archive.ArchiveFields;
import org.khabar.archive.SearchRequest;
import org.khabar.solr.plugin.KhabarHighlighter;
import org.khabar.solr.plugin.KhabarQParserPlugin;

/**
 * A {@link SearchRequest} as Solr parameters that ask for what the embedded archive answers:
 * the query in Khabar's language ({@code defType=khabar}), facet values as filters, hits
 * ordered with ties in id order, Khabar's snippets, and top facet values (months in full).
 */
final class SearchParams {

  /** The stored fields a hit shows. */
  static final String HIT_FIELDS = String.join(",", ArchiveFields.ID, ArchiveFields.HEADLINE,
      ArchiveFields.DATE, ArchiveFields.SOURCE);

  private SearchParams() {}

  static ModifiableSolrParams of(SearchRequest request) {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set(CommonParams.Q, request.query());
    params.set("defType", KhabarQParserPlugin.NAME);
    for (Map.Entry<String, List<String>> filter : request.filters().entrySet()) {
      for (String value : filter.getValue()) {
        params.add(CommonParams.FQ, "{!term f=" + filter.getKey() + "}" + value);
      }
    }
    if (request.from() != null || request.to() != null) {
      params.add(CommonParams.FQ, ArchiveFields.DATE + ":["
          + (request.from() == null ? "*" : request.from().toEpochDay()) + " TO "
          + (request.to() == null ? "*" : request.to().toEpochDay()) + "]");
    }
    params.set(CommonParams.SORT, sort(request.order()));
    params.set(CommonParams.START, request.offset());
    params.set(CommonParams.ROWS, request.limit());
    // scores only when they order the hits, as in the embedded archive (0 otherwise)
    params.set(CommonParams.FL, request.order() == SearchRequest.Order.RELEVANCE
        ? HIT_FIELDS + ",score" : HIT_FIELDS);
    if (request.limit() > 0) {
      params.set(HighlightParams.HIGHLIGHT, true);
      params.set(HighlightParams.FIELDS, ArchiveFields.BODY);
      params.set(HighlightParams.SNIPPETS, KhabarHighlighter.DEFAULT_SNIPPETS);
    }
    if (request.facetCount() > 0) {
      params.set(FacetParams.FACET, true);
      params.set(FacetParams.FACET_MINCOUNT, 1);
      params.set(FacetParams.FACET_LIMIT, request.facetCount());
      params.set(FacetParams.FACET_SORT, FacetParams.FACET_SORT_COUNT);
      for (String dimension : ArchiveFields.FACETS) {
        params.add(FacetParams.FACET_FIELD, dimension);
      }
      params.set("f." + ArchiveFields.MONTH + "." + FacetParams.FACET_LIMIT, -1);
      params.set("f." + ArchiveFields.MONTH + "." + FacetParams.FACET_SORT,
          FacetParams.FACET_SORT_INDEX);
    }
    return params;
  }

  /** The sort of an order: ties always in id order, as in the embedded archive. */
  static String sort(SearchRequest.Order order) {
    return switch (order) {
      case RELEVANCE -> "score desc," + ArchiveFields.ID + " asc";
      case NEWEST -> ArchiveFields.DATE + " desc," + ArchiveFields.ID + " asc";
      case OLDEST -> ArchiveFields.DATE + " asc," + ArchiveFields.ID + " asc";
    };
  }
}
