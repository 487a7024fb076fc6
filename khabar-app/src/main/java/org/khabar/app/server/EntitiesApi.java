package org.khabar.app.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.khabar.archive.ArchiveFields;
import org.khabar.archive.SearchBackend;
import org.khabar.archive.QueryException;
import org.khabar.archive.SearchRequest;
import org.khabar.archive.SearchResponse;

/**
 * {@code GET /api/entities}: the people, places, organisations, titles, speakers and sources of
 * the whole archive with how many reports name each, by {@code type}, filtered by {@code q};
 * {@code GET /api/entities/{id}}: one of them in full (see {@link EntityProfile}).
 */
final class EntitiesApi {

  static final int MAX_LIMIT = 1000;

  /** How many values per type are scanned when {@code q} filters them. */
  private static final int SCANNED = 10_000;

  /** One entity in a list. */
  record Listed(String id, String type, String name, long count) {}

  record Listing(String type, String q, List<Listed> entities) {}

  private final SearchBackend searcher;
  private final EntityProfiles profiles;

  EntitiesApi(SearchBackend searcher, EntityProfiles profiles) {
    this.searcher = searcher;
    this.profiles = profiles;
  }

  void list(Context ctx) throws IOException, QueryException {
    String type = QueryParams.text(ctx, "type", null);
    if (type != null) {
      EntityId.requireType(type);
    }
    String q = QueryParams.text(ctx, "q", "").strip();
    int limit = QueryParams.integer(ctx, "limit", 50, 1, MAX_LIMIT);
    SearchResponse all = searcher.search(new SearchRequest("", Map.of(), null, null,
        SearchRequest.Order.RELEVANCE, 0, 0, q.isEmpty() ? limit : SCANNED));
    String wanted = Names.normalize(q);
    List<Listed> entities = new ArrayList<>();
    for (String dimension : type == null ? EntityId.TYPES : List.of(type)) {
      int taken = 0;
      for (SearchResponse.FacetValue value : all.facets().getOrDefault(dimension, List.of())) {
        if (taken == limit) {
          break;
        }
        if (q.isEmpty() || value.value().contains(wanted)
            || value.value().toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT))) {
          entities.add(new Listed(dimension + ":" + value.value(), dimension, value.value(),
              value.count()));
          taken++;
        }
      }
    }
    ctx.json(new Listing(type, q, entities));
  }

  void get(Context ctx) throws IOException, QueryException {
    EntityId given = EntityId.parse(ctx.pathParam("id"));
    String normalized = given.type().equals(ArchiveFields.SOURCE) ? given.name()
        : Names.normalize(given.name());
    EntityId id = new EntityId(given.type(), normalized.isEmpty() ? given.name() : normalized);
    ctx.json(profiles.profile(id).orElseThrow(() -> ApiException.notFound(
        "no report in this archive names " + id + "; list the names at /api/entities?type="
            + id.type())));
  }
}
