package org.khabar.archive;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Answers searches over an {@link Archive}: hits with snippets, and facets over all hits. */
public final class ArchiveSearcher {

  private final Archive archive;
  private volatile FacetState facetState;

  private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

  public ArchiveSearcher(Archive archive) {
    this.archive = archive;
  }

  /** Runs {@code request} against the archive as last committed or refreshed. */
  public SearchResponse search(SearchRequest request) throws IOException, QueryException {
    QueryParsing.Parsed parsed = QueryParsing.parse(request.query(), archive.analyzer());
    LocalDate from = later(parsed.from(), request.from());
    LocalDate to = earlier(parsed.to(), request.to());
    Query query = filtered(parsed.query(), request.filters(), from, to);
    archive.searcherManager().maybeRefresh();
    IndexSearcher searcher = archive.searcherManager().acquire();
    try {
      int wanted = request.offset() + request.limit();
      FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(
          searcher, query, Math.max(1, wanted), sort(request.order()),
          request.order() == SearchRequest.Order.RELEVANCE,
          new FacetsCollectorManager());
      TopDocs topDocs = result.topDocs();
      List<SearchResponse.Hit> hits = hits(searcher, query, topDocs, request);
      Map<String, List<SearchResponse.FacetValue>> facets = request.facetCount() == 0
          ? Map.of()
          : facets(searcher.getIndexReader(), result.facetsCollector(), request.facetCount());
      return new SearchResponse(topDocs.totalHits.value,
          topDocs.totalHits.relation == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO,
          hits, facets, parsed.notes());
    } finally {
      archive.searcherManager().release(searcher);
    }
  }

  private static Query filtered(Query query, Map<String, List<String>> filters, LocalDate from,
      LocalDate to) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    builder.add(query == null ? new MatchNoDocsQuery() : query, BooleanClause.Occur.MUST);
    for (Map.Entry<String, List<String>> filter : filters.entrySet()) {
      for (String value : filter.getValue()) {
        builder.add(new TermQuery(new Term(filter.getKey(), value)), BooleanClause.Occur.FILTER);
      }
    }
    if (from != null || to != null) {
      long low = from == null ? Long.MIN_VALUE : from.toEpochDay();
      long high = to == null ? Long.MAX_VALUE : to.toEpochDay();
      builder.add(LongPoint.newRangeQuery(ArchiveFields.DATE, low, high),
          BooleanClause.Occur.FILTER);
    }
    return builder.build();
  }

  /**
   * How hits are ordered; hits of equal score or date come in id order, so that the order does
   * not depend on how the index happens to be laid out (or, on SolrCloud, split into shards).
   */
  private static Sort sort(SearchRequest.Order order) {
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE,
          new SortField(ArchiveFields.ID, SortField.Type.STRING));
      case NEWEST -> new Sort(new SortField(ArchiveFields.DATE, SortField.Type.LONG, true),
          new SortField(ArchiveFields.ID, SortField.Type.STRING));
      case OLDEST -> new Sort(new SortField(ArchiveFields.DATE, SortField.Type.LONG, false),
          new SortField(ArchiveFields.ID, SortField.Type.STRING));
    };
  }

  private List<SearchResponse.Hit> hits(IndexSearcher searcher, Query query, TopDocs topDocs,
      SearchRequest request) throws IOException {
    ScoreDoc[] all = topDocs.scoreDocs;
    int from = Math.min(request.offset(), all.length);
    int to = Math.min(all.length, request.offset() + request.limit());
    int[] docIds = new int[to - from];
    for (int i = from; i < to; i++) {
      docIds[i - from] = all[i].doc;
    }
    List<List<SearchResponse.Snippet>> snippets = docIds.length == 0
        ? List.of()
        : new SnippetHighlighter(searcher, archive.analyzer())
            .snippets(ArchiveFields.BODY, query, docIds, 2);
    DocValuesReader values = new DocValuesReader(searcher.getIndexReader());
    List<SearchResponse.Hit> hits = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      Long day = values.number(docIds[i], ArchiveFields.DATE);
      hits.add(new SearchResponse.Hit(
          values.text(docIds[i], ArchiveFields.ID),
          values.text(docIds[i], ArchiveFields.HEADLINE),
          day == null ? null : LocalDate.ofEpochDay(day),
          values.text(docIds[i], ArchiveFields.SOURCE),
          Float.isNaN(all[from + i].score) ? 0 : all[from + i].score,
          snippets.get(i)));
    }
    return hits;
  }

  private Map<String, List<SearchResponse.FacetValue>> facets(IndexReader reader,
      FacetsCollector collector, int count) throws IOException {
    SortedSetDocValuesReaderState state = facetState(reader);
    if (state == null) {
      return Map.of();
    }
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, collector);
    Map<String, List<SearchResponse.FacetValue>> facets = new LinkedHashMap<>();
    for (String dimension : ArchiveFields.FACETS) {
      if (state.getOrdRange(dimension) == null) {
        continue;
      }
      FacetResult result = dimension.equals(ArchiveFields.MONTH)
          ? counts.getAllChildren(dimension)
          : counts.getTopChildren(count, dimension);
      List<SearchResponse.FacetValue> values = new ArrayList<>();
      if (result != null) {
        for (LabelAndValue value : result.labelValues) {
          values.add(new SearchResponse.FacetValue(value.label, value.value.longValue()));
        }
      }
      if (dimension.equals(ArchiveFields.MONTH)) {
        values.sort((a, b) -> a.value().compareTo(b.value()));
      }
      facets.put(dimension, values);
    }
    return facets;
  }

  /** The facet ordinals of {@code reader}, made once per reader (they cost a pass over it). */
  private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    FacetState current = facetState;
    if (current != null && current.reader() == reader) {
      return current.state();
    }
    SortedSetDocValuesReaderState state;
    try {
      state = new DefaultSortedSetDocValuesReaderState(reader, archive.facetsConfig());
    } catch (IllegalArgumentException e) {
      state = null; // no facet values indexed yet
    }
    facetState = new FacetState(reader, state);
    return state;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
  }
}
