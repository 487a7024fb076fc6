package org.khabar.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Finds the best passages of each hit's body and where the query's words matched in them, as
 * offsets into the original body (the analyzer's offsets are original-text offsets). Passages
 * are Urdu sentences: they break at {@code ۔}. Public so that the Solr plugin makes the same
 * snippets on each shard.
 */
public final class SnippetHighlighter extends UnifiedHighlighter {

  /** Passages longer than this are cut around their matches. */
  static final int MAX_SNIPPET = 240;

  /** A highlighter over {@code searcher}'s index; {@code analyzer} is its text analyzer. */
  public SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
    super(UnifiedHighlighter.builder(searcher, analyzer)
        .withBreakIterator(() -> new CustomSeparatorBreakIterator('\u06D4'))
        .withFormatter(new SnippetFormatter())
        .withScorer(new MatchCountScorer())
        .withMaxLength(1 << 20));
  }

  /** Up to {@code passages} snippets of {@code field} for each of {@code docIds}. */
  @SuppressWarnings("unchecked")
  public List<List<SearchResponse.Snippet>> snippets(String field, Query query, int[] docIds,
      int passages) throws IOException {
    int[] max = new int[] {passages};
    Map<String, Object[]> result =
        highlightFieldsAsObjects(new String[] {field}, query, docIds, max);
    Object[] perDoc = result.get(field);
    List<List<SearchResponse.Snippet>> snippets = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      Object value = perDoc == null ? null : perDoc[i];
      snippets.add(value == null ? List.of() : (List<SearchResponse.Snippet>) value);
    }
    return snippets;
  }

  /**
   * Scores a passage by its distinct matched words, then its matches, favouring early passages
   * a little. Lucene's default scorer builds a hash of terms for every passage of every hit,
   * which costs more than the search itself when reports have many sentences.
   */
  private static final class MatchCountScorer extends PassageScorer {
    @Override
    public float score(Passage passage, int contentLength) {
      int matches = passage.getNumMatches();
      BytesRef[] terms = passage.getMatchTerms();
      int distinct = 0;
      for (int i = 0; i < matches; i++) {
        boolean seen = false;
        for (int j = 0; j < i && !seen; j++) {
          seen = terms[i].bytesEquals(terms[j]);
        }
        distinct += seen ? 0 : 1;
      }
      return distinct + 0.1f * matches + norm(passage.getStartOffset()) * 0.01f;
    }
  }

  /** Turns passages into snippets with match offsets, cut to a readable length. */
  private static final class SnippetFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<SearchResponse.Snippet> snippets = new ArrayList<>();
      for (Passage passage : passages) {
        int start = passage.getStartOffset();
        int end = passage.getEndOffset();
        if (end - start > MAX_SNIPPET && passage.getNumMatches() > 0) {
          int first = passage.getMatchStarts()[0];
          start = Math.max(start, wordStart(content, first - MAX_SNIPPET / 3));
          end = Math.min(end, wordEnd(content, start + MAX_SNIPPET));
        }
        while (start < end && Character.isWhitespace(content.charAt(start))) {
          start++;
        }
        List<int[]> matches = new ArrayList<>();
        for (int m = 0; m < passage.getNumMatches(); m++) {
          int matchStart = passage.getMatchStarts()[m];
          int matchEnd = passage.getMatchEnds()[m];
          if (matchStart >= start && matchEnd <= end) {
            matches.add(new int[] {matchStart, matchEnd});
          }
        }
        snippets.add(new SearchResponse.Snippet(start, end, content.substring(start, end),
            matches));
      }
      return snippets;
    }

    private static int wordStart(String text, int offset) {
      int i = Math.max(0, offset);
      while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
        i--;
      }
      return i;
    }

    private static int wordEnd(String text, int offset) {
      int i = Math.min(text.length(), offset);
      while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      return i;
    }
  }
}
