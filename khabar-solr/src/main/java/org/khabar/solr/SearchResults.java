package org.khabar.solr;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.util.NamedList;
import org.khabar.archive.ArchiveFields;
import org.khabar.archive.SearchResponse;

/** Reads Solr's answer to {@link SearchParams} back into a {@link SearchResponse}. */
final class SearchResults {

  private SearchResults() {}

  static SearchResponse of(QueryResponse response, List<String> notes) {
    SolrDocumentList docs = response.getResults();
    NamedList<?> highlighting = (NamedList<?>) response.getResponse().get("highlighting");
    List<SearchResponse.Hit> hits = new ArrayList<>(docs.size());
    for (SolrDocument doc : docs) {
      String id = (String) doc.getFirstValue(ArchiveFields.ID);
      Object score = doc.getFirstValue("score");
      hits.add(new SearchResponse.Hit(id, (String) doc.getFirstValue(ArchiveFields.HEADLINE),
          date(doc), (String) doc.getFirstValue(ArchiveFields.SOURCE),
          score == null ? 0 : ((Number) score).floatValue(), snippets(highlighting, id)));
    }
    Boolean exact = docs.getNumFoundExact();
    return new SearchResponse(docs.getNumFound(), exact == null || exact, hits,
        facets(response), notes);
  }

  /** The date of a stored report (an epoch day), or null. */
  static LocalDate date(SolrDocument doc) {
    Object day = doc.getFirstValue(ArchiveFields.DATE);
    return day == null ? null : LocalDate.ofEpochDay(((Number) day).longValue());
  }

  /** The bytes of a stored binary field, as SolrJ hands them over. */
  static byte[] bytes(Object value) {
    if (value instanceof byte[] bytes) {
      return bytes;
    }
    ByteBuffer buffer = ((ByteBuffer) value).duplicate();
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    return bytes;
  }

  private static List<SearchResponse.Snippet> snippets(NamedList<?> highlighting, String id) {
    if (highlighting == null || !(highlighting.get(id) instanceof NamedList<?> fields)
        || !(fields.get(ArchiveFields.BODY) instanceof List<?> encoded)) {
      return List.of();
    }
    List<SearchResponse.Snippet> snippets = new ArrayList<>(encoded.size());
    for (Object item : encoded) {
      NamedList<?> snippet = (NamedList<?>) item;
      List<int[]> matches = new ArrayList<>();
      for (Object pair : (List<?>) snippet.get("matches")) {
        List<?> offsets = (List<?>) pair;
        matches.add(new int[] {((Number) offsets.get(0)).intValue(),
            ((Number) offsets.get(1)).intValue()});
      }
      snippets.add(new SearchResponse.Snippet(((Number) snippet.get("start")).intValue(),
          ((Number) snippet.get("end")).intValue(), (String) snippet.get("text"), matches));
    }
    return snippets;
  }

  /** The facets in the embedded archive's order; dimensions without values are left out. */
  private static Map<String, List<SearchResponse.FacetValue>> facets(QueryResponse response) {
    if (response.getFacetFields() == null) {
      return Map.of();
    }
    Map<String, List<SearchResponse.FacetValue>> facets = new LinkedHashMap<>();
    for (String dimension : ArchiveFields.FACETS) {
      FacetField field = response.getFacetField(dimension);
      if (field == null || field.getValueCount() == 0) {
        continue;
      }
      List<SearchResponse.FacetValue> values = new ArrayList<>(field.getValueCount());
      for (FacetField.Count count : field.getValues()) {
        values.add(new SearchResponse.FacetValue(count.getName(), count.getCount()));
      }
      facets.put(dimension, values);
    }
    return facets;
  }
}
