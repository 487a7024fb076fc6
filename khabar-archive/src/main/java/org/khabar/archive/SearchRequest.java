package org.khabar.archive;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A search of the archive.
 *
 * @param query the query in the archive's query language (see {@link QueryParsing}); may be
 *     empty to browse by filters alone
 * @param filters exact facet values each hit must have: dimension → values (all must match)
 * @param from the earliest date, or null
 * @param to the latest date, or null
 * @param order how hits are ordered
 * @param offset how many hits to skip (for paging)
 * @param limit how many hits to return
 * @param facetCount how many top values to return per facet dimension (0: none)
 */
public record SearchRequest(
    String query,
    Map<String, List<String>> filters,
    LocalDate from,
    LocalDate to,
    Order order,
    int offset,
    int limit,
    int facetCount) {

  /** The longest query accepted, in characters. */
  public static final int MAX_QUERY_LENGTH = 1000;

  /** The most hits one page may ask for. */
  public static final int MAX_LIMIT = 1000;

  /** How hits are ordered. */
  public enum Order {
    RELEVANCE,
    NEWEST,
    OLDEST
  }

  public SearchRequest {
    query = query == null ? "" : query;
    filters = filters == null ? Map.of() : Map.copyOf(filters);
    order = order == null ? Order.RELEVANCE : order;
    if (offset < 0 || limit < 0 || limit > MAX_LIMIT || facetCount < 0) {
      throw new IllegalArgumentException(
          "offset and limit must be positive, and limit at most " + MAX_LIMIT);
    }
  }

  /** A first page of 10 hits with 10 values per facet. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, Map.of(), null, null, Order.RELEVANCE, 0, 10, 10);
  }
}
