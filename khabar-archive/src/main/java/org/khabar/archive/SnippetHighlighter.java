package org.khabar.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Finds the best passages of each hit's body and where the query's words matched in them, as
 * offsets into the original body (the analyzer's offsets are original-text offsets). Passages
 * are Urdu sentences: they break at {@code ۔}.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

  /** Passages longer than this are cut around their matches. */
  static final int MAX_SNIPPET = 240;

  /** Stored fields read along with the highlighted one, so each hit is read only once. */
  private final Set<String> alsoRead;

  /** What was read of each document, by doc id. */
  private final Map<Integer, org.apache.lucene.document.Document> read = new HashMap<>();

  SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer, Set<String> alsoRead) {
    super(UnifiedHighlighter.builder(searcher, analyzer)
        .withBreakIterator(() -> new CustomSeparatorBreakIterator('\u06D4'))
        .withFormatter(new SnippetFormatter())
        .withMaxLength(1 << 20));
    this.alsoRead = alsoRead;
  }

  /** The {@code alsoRead} fields of a document the highlighter read, or null. */
  org.apache.lucene.document.Document fieldsOf(int docId) {
    return read.get(docId);
  }

  /** Reads the highlighted fields and the {@code alsoRead} ones in one pass per document. */
  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
      int cacheCharsThreshold) throws IOException {
    Set<String> wanted = new HashSet<>(alsoRead);
    wanted.addAll(Arrays.asList(fields));
    StoredFields stored = searcher.storedFields();
    List<CharSequence[]> values = new ArrayList<>();
    for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = docIter.nextDoc()) {
      DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor(wanted);
      stored.document(doc, visitor);
      org.apache.lucene.document.Document document = visitor.getDocument();
      CharSequence[] texts = new CharSequence[fields.length];
      for (int i = 0; i < fields.length; i++) {
        String text = document.get(fields[i]);
        texts[i] = text == null ? "" : text;
      }
      values.add(texts);
      read.put(doc, document);
    }
    return values;
  }

  /** Up to {@code passages} snippets of {@code field} for each of {@code docIds}. */
  @SuppressWarnings("unchecked")
  List<List<SearchResponse.Snippet>> snippets(String field, Query query, int[] docIds,
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
