package org.khabar.app.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khabar.archive.ArchiveFields;
import org.khabar.archive.SearchBackend;
import org.khabar.archive.QueryException;
import org.khabar.archive.SearchRequest;
import org.khabar.archive.SearchResponse;

/**
 * {@code GET /api/search}: {@code q} in the archive's query language; filters {@code person},
 * {@code place}, {@code org}, {@code source}, {@code speaker}, {@code title}, {@code month}
 * (exact facet values, repeatable, all must match); {@code from}, {@code to}; {@code sort};
 * {@code page}, {@code size}; {@code facets} (values per facet).
 */
final class SearchApi {

  /** The facet dimensions that can be filtered on, by their parameter names. */
  static final List<String> FILTERS = List.of(ArchiveFields.PERSON, ArchiveFields.PLACE,
      ArchiveFields.ORGANIZATION, ArchiveFields.SOURCE, ArchiveFields.SPEAKER,
      ArchiveFields.TITLE, ArchiveFields.MONTH);

  static final int MAX_PAGE_SIZE = 100;

  /** Pages past this many hits are not served: narrow the search instead. */
  static final int MAX_DEPTH = 10_000;

  /** A page of results. */
  record Page(String query, int page, int size, long total, boolean totalIsExact, int pages,
      List<SearchResponse.Hit> hits, Map<String, List<SearchResponse.FacetValue>> facets,
      List<String> notes) {}

  private final SearchBackend searcher;
  private final ResponseCache cache;

  SearchApi(SearchBackend searcher, ResponseCache cache) {
    this.searcher = searcher;
    this.cache = cache;
  }

  void search(Context ctx) throws IOException, QueryException {
    String query = QueryParams.text(ctx, "q", "");
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String dimension : FILTERS) {
      List<String> values = QueryParams.all(ctx, dimension);
      if (!values.isEmpty()) {
        filters.put(dimension, values);
      }
    }
    int size = QueryParams.integer(ctx, "size", 10, 1, MAX_PAGE_SIZE);
    int page = QueryParams.integer(ctx, "page", 1, 1, MAX_DEPTH / size);
    int facets = QueryParams.integer(ctx, "facets", 10, 0, 100);
    SearchRequest request = new SearchRequest(query, filters, QueryParams.date(ctx, "from"),
        QueryParams.date(ctx, "to"), order(QueryParams.text(ctx, "sort", "relevance")),
        (page - 1) * size, size, facets);
    String key = request.toString();
    byte[] answer = cache.get(key);
    if (answer == null) {
      SearchResponse response = searcher.search(request);
      int pages = (int) Math.min((response.total() + size - 1) / size, MAX_DEPTH / size);
      answer = Json.MAPPER.writeValueAsBytes(new Page(query, page, size, response.total(),
          response.totalIsExact(), pages, response.hits(), response.facets(),
          response.notes()));
      cache.put(key, answer);
    }
    ctx.contentType("application/json").result(answer);
  }

  private static SearchRequest.Order order(String sort) {
    return switch (sort) {
      case "relevance" -> SearchRequest.Order.RELEVANCE;
      case "newest" -> SearchRequest.Order.NEWEST;
      case "oldest" -> SearchRequest.Order.OLDEST;
      default -> throw ApiException.badRequest("sort must be relevance, newest or oldest, not \""
          + sort + "\"");
    };
  }
}
