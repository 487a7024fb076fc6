package org.khabar.solr.plugin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.Query;
import org.apache.solr.common.params.HighlightParams;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.SimpleOrderedMap;
import org.apache.solr.highlight.UnifiedSolrHighlighter;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.DocList;
import org.apache.solr.search.SolrIndexSearcher;
import org.khabar.archive.ArchiveFields;
import org.khabar.archive.SearchResponse;
import org.khabar.archive.SnippetHighlighter;

/**
 * Highlights hits as the embedded archive does ({@link SnippetHighlighter}): up to {@code
 * hl.snippets} (default 2) sentences of the body, each as {@code start}, {@code end}, {@code
 * text} and {@code matches} ({@code [start, end]} pairs), all offsets into the original body.
 * Runs on each shard for its own hits.
 */
public class KhabarHighlighter extends UnifiedSolrHighlighter {

  /** Snippets per hit unless {@code hl.snippets} says otherwise. */
  public static final int DEFAULT_SNIPPETS = 2;

  @Override
  public NamedList<Object> doHighlighting(DocList docs, Query query, SolrQueryRequest req,
      String[] defaultFields) throws IOException {
    NamedList<Object> result = new SimpleOrderedMap<>();
    if (docs.size() == 0 || !isHighlightingEnabled(req.getParams())) {
      return result;
    }
    SolrIndexSearcher searcher = req.getSearcher();
    int[] docIds = toDocIDs(docs);
    String[] keys = getUniqueKeys(searcher, docIds);
    int passages = req.getParams().getInt(HighlightParams.SNIPPETS, DEFAULT_SNIPPETS);
    List<List<SearchResponse.Snippet>> snippets = new SnippetHighlighter(searcher,
        req.getSchema().getIndexAnalyzer()).snippets(ArchiveFields.BODY, query, docIds,
        passages);
    for (int i = 0; i < docIds.length; i++) {
      SimpleOrderedMap<Object> fields = new SimpleOrderedMap<>();
      fields.add(ArchiveFields.BODY, encode(snippets.get(i)));
      result.add(keys[i], fields);
    }
    return result;
  }

  private static List<Object> encode(List<SearchResponse.Snippet> snippets) {
    List<Object> encoded = new ArrayList<>(snippets.size());
    for (SearchResponse.Snippet snippet : snippets) {
      SimpleOrderedMap<Object> map = new SimpleOrderedMap<>();
      map.add("start", snippet.start());
      map.add("end", snippet.end());
      map.add("text", snippet.text());
      List<List<Integer>> matches = new ArrayList<>();
      for (int[] match : snippet.matches()) {
        matches.add(List.of(match[0], match[1]));
      }
      map.add("matches", matches);
      encoded.add(map);
    }
    return encoded;
  }
}
