package org.khabar.lucene;

import java.io.IOException;
import java.io.StringReader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.QueryBuilder;

/** Joined and spaced spellings split alike, with positions that phrase queries can use. */
public class TestUrduJoinedWordFilter extends BaseTokenStreamTestCase {

  private Analyzer analyzer;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer = analyzer(JoinedWords.defaultList());
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    super.tearDown();
  }

  /** UrduTokenizer then the filter: no stop words, so every part shows. */
  private static Analyzer analyzer(JoinedWords words) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new UrduTokenizer();
        return new TokenStreamComponents(source, new UrduJoinedWordFilter(source, words));
      }
    };
  }

  public void testDefaultListLearnedTheIssuesExamples() {
    JoinedWords words = JoinedWords.defaultList();
    assertArrayEquals(new String[] {"کہا", "کہ"}, words.partsOf("کہاکہ"));
    assertArrayEquals(new String[] {"ہو", "گئے"}, words.partsOf("ہوگئے"));
    assertArrayEquals(new String[] {"کر", "دیا"}, words.partsOf("کردیا"));
    assertArrayEquals(new String[] {"وزیر", "اعظم"}, words.partsOf("وزیراعظم"));
    assertNull(words.partsOf("پاکستان"));
  }

  /** The parts take consecutive positions and each its own slice of the offsets. */
  public void testSplitsWithOffsets() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "انہوں نے کہاکہ وزیراعظم",
        new String[] {"انہوں", "نے", "کہا", "کہ", "وزیر", "اعظم"},
        new int[] {0, 6, 9, 12, 15, 19},
        new int[] {5, 8, 12, 14, 19, 23},
        new int[] {1, 1, 1, 1, 1, 1});
  }

  /** Joined and spaced forms give the same terms. */
  public void testBothSpellingsAlike() throws IOException {
    assertAnalyzesTo(analyzer, "کردیا", new String[] {"کر", "دیا"});
    assertAnalyzesTo(analyzer, "کر دیا", new String[] {"کر", "دیا"});
    assertAnalyzesTo(analyzer, "ہوگئے", new String[] {"ہو", "گئے"});
    assertAnalyzesTo(analyzer, "ہو گئے", new String[] {"ہو", "گئے"});
  }

  /** The medial shape of ے in a joined word: کریگی is کرے گی. */
  public void testMedialYeh() throws IOException {
    JoinedWords words = JoinedWords.read(new StringReader("کرے گی\tکریگی\t5\t9\n"));
    try (Analyzer a = analyzer(words)) {
      assertAnalyzesTo(a, "کریگی", new String[] {"کرے", "گی"}, new int[] {0, 3},
          new int[] {3, 5}, new int[] {1, 1});
    }
  }

  /** A joined form shorter than its parts: every part keeps the whole offsets. */
  public void testJoinedShorterThanParts() throws IOException {
    JoinedWords words = JoinedWords.read(new StringReader("ان شاء اللہ\tانشاللہ\n"));
    try (Analyzer a = analyzer(words)) {
      assertAnalyzesTo(a, "انشاللہ ہو", new String[] {"ان", "شاء", "اللہ", "ہو"},
          new int[] {0, 0, 0, 8}, new int[] {7, 7, 7, 10}, new int[] {1, 1, 1, 1});
    }
  }

  /** When normalization changed the term's length, every part keeps the whole offsets. */
  public void testOffsetsOfNormalizedTerm() throws IOException {
    assertAnalyzesTo(analyzer, "وزیرِاعظم", new String[] {"وزیر", "اعظم"}, new int[] {0, 0},
        new int[] {9, 9}, new int[] {1, 1});
  }

  /** A list of one's own: spaced forms, comments, normalized when read. */
  public void testReadList() throws IOException {
    JoinedWords words = JoinedWords.read(new StringReader("# comment\nنو منتخب\nكر دو # x\nواحد\n"));
    assertEquals(2, words.size());
    assertArrayEquals(new String[] {"کر", "دو"}, words.partsOf("کردو"));
  }

  public void testKeywordsSkipped() throws IOException {
    CharArraySet keywords = new CharArraySet(1, false);
    keywords.add("وزیراعظم");
    try (Analyzer a = new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new UrduTokenizer();
            TokenStream result = new SetKeywordMarkerFilter(source, keywords);
            return new TokenStreamComponents(source, new UrduJoinedWordFilter(result));
          }
        }) {
      assertAnalyzesTo(a, "وزیراعظم کردیا", new String[] {"وزیراعظم", "کر", "دیا"});
    }
  }

  /** A phrase query finds the joined spelling with the spaced one, and the other way round. */
  public void testPhraseQueriesBothWays() throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
        for (String text : new String[] {"انہوں نے کہاکہ", "انہوں نے کہا کہ", "کہ کہا"}) {
          Document document = new Document();
          document.add(new TextField("f", text, Field.Store.YES));
          writer.addDocument(document);
        }
      }
      try (IndexReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        QueryBuilder builder = new QueryBuilder(analyzer);
        for (String phrase : new String[] {"کہاکہ", "کہا کہ", "نے کہاکہ"}) {
          Query query = builder.createPhraseQuery("f", phrase);
          assertEquals(phrase, 2, searcher.count(query));
        }
      }
    }
  }

  public void testEmptyTerm() throws IOException {
    try (Analyzer a = new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new UrduJoinedWordFilter(source));
          }
        }) {
      checkOneTerm(a, "", "");
    }
  }

  public void testRandomStrings() throws IOException {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
    for (int i = 0; i < 200 * RANDOM_MULTIPLIER; i++) {
      checkAnalysisConsistency(random(), analyzer, random().nextBoolean(),
          UrduTestText.random(random(), 60) + " کہاکہ وزیراعظم");
    }
  }
}
