package org.khabar.app.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Finding the source of a reused news report: the COUNTER source reports are indexed (headline
 * and body, BM25), and each WD or PD derived article asks for its source by its headline, or by
 * the first 50 words of its body, as a query of SHOULD terms. The score of one query is the
 * reciprocal rank of its source (0 if not found); MRR is their mean, P@1 the share ranked first.
 *
 * <p>COUNTER has a few source reports twice or three times over (one agency report reused by
 * several newspapers, as separate pairs). By default each copy is a document of its own and only
 * the pair's own copy counts as found, as the baseline figures were measured; with {@code
 * mergeIdentical}, identical source reports are indexed once and count as one.
 */
public final class RetrievalEval {

  /** What a derived article's query is made of. */
  public enum QueryType {
    HEADLINE,
    FIRST_50_WORDS;

    String text(CounterArticle article) {
      if (this == HEADLINE) {
        return article.headline();
      }
      String[] words = article.body().strip().split("\\s+");
      return String.join(" ", java.util.Arrays.copyOf(words, Math.min(50, words.length)));
    }

    public String label() {
      return this == HEADLINE ? "headline" : "first 50 words";
    }
  }

  private static final String TEXT = "text";
  private static final String PAIR = "pair";

  private final List<CounterArticle> sources = new ArrayList<>();
  private final List<CounterArticle> queries = new ArrayList<>();
  private final Map<String, String> sourceOfPair = new HashMap<>(); // pair → indexed copy's pair
  private final Map<String, String> firstRanked = new HashMap<>(); // type + pair → top source

  public RetrievalEval(List<CounterArticle> articles, boolean mergeIdentical) {
    Map<String, String> byText = new HashMap<>();
    for (CounterArticle article : articles) {
      if (article.isSource()) {
        String text = article.headline().strip() + "\n" + article.body().strip();
        String copy = mergeIdentical ? byText.get(text) : null;
        if (copy == null) {
          sources.add(article);
          byText.put(text, article.pair());
          copy = article.pair();
        }
        sourceOfPair.put(article.pair(), copy);
      } else if (article.isReuse()) {
        queries.add(article);
      }
    }
  }

  public int sourceCount() {
    return sources.size();
  }

  public int queryCount() {
    return queries.size();
  }

  /** The reciprocal rank of each query's source, per query type, with {@code analyzer}. */
  public Map<QueryType, double[]> reciprocalRanks(Analyzer analyzer) throws IOException {
    firstRanked.clear();
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
        for (CounterArticle source : sources) {
          Document document = new Document();
          document.add(new StringField(PAIR, source.pair(), Field.Store.YES));
          document.add(new TextField(TEXT, source.headline() + "\n" + source.body(), Field.Store.NO));
          writer.addDocument(document);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        Map<QueryType, double[]> result = new HashMap<>();
        for (QueryType type : QueryType.values()) {
          double[] ranks = new double[queries.size()];
          for (int q = 0; q < queries.size(); q++) {
            CounterArticle query = queries.get(q);
            ranks[q] = reciprocalRank(searcher, analyzer, type.text(query),
                sourceOfPair.getOrDefault(query.pair(), query.pair()), type + query.pair());
          }
          result.put(type, ranks);
        }
        return result;
      }
    }
  }

  private double reciprocalRank(
      IndexSearcher searcher, Analyzer analyzer, String text, String pair, String queryKey)
      throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        query.add(new TermQuery(new Term(TEXT, term.toString())), BooleanClause.Occur.SHOULD);
      }
      stream.end();
    }
    ScoreDoc[] hits = searcher.search(query.build(), sources.size()).scoreDocs;
    if (hits.length > 0) {
      firstRanked.put(queryKey, searcher.storedFields().document(hits[0].doc).get(PAIR));
    }
    for (int rank = 0; rank < hits.length; rank++) {
      if (searcher.storedFields().document(hits[rank].doc).get(PAIR).equals(pair)) {
        return 1.0 / (rank + 1);
      }
    }
    return 0;
  }

  /**
   * For each query type, the queries whose source did not rank first with {@code analyzer}, as
   * "pair, rank, the pair ranked first, query text" lines, for reading what an analyzer misses.
   */
  public Map<QueryType, List<String>> misses(Analyzer analyzer) throws IOException {
    Map<QueryType, double[]> ranks = reciprocalRanks(analyzer);
    Map<QueryType, List<String>> misses = new EnumMap<>(QueryType.class);
    for (QueryType type : QueryType.values()) {
      double[] reciprocalRanks = ranks.get(type);
      List<String> lines = new ArrayList<>();
      for (int q = 0; q < queries.size(); q++) {
        if (reciprocalRanks[q] < 1.0) {
          String rank = reciprocalRanks[q] == 0 ? "not found"
              : "rank " + Math.round(1 / reciprocalRanks[q]);
          lines.add(queries.get(q).pair() + "  " + rank + " (first: "
              + firstRanked.get(type + queries.get(q).pair()) + ")  " + type.text(queries.get(q)));
        }
      }
      misses.put(type, lines);
    }
    return misses;
  }

  public static double mean(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return values.length == 0 ? 0 : sum / values.length;
  }

  /** The share of queries whose source ranked first. */
  public static double precisionAt1(double[] reciprocalRanks) {
    int first = 0;
    for (double rr : reciprocalRanks) {
      first += rr == 1.0 ? 1 : 0;
    }
    return reciprocalRanks.length == 0 ? 0 : (double) first / reciprocalRanks.length;
  }
}
