package org.khabar.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * UrduAnalyzer as a whole, and each problem that stock analyzers have with Urdu news, shown on
 * the stock analyzer and fixed here.
 */
public class TestUrduAnalyzer extends BaseTokenStreamTestCase {

  public void testResourcesAvailable() {
    new UrduAnalyzer().close();
    assertTrue(UrduAnalyzer.getDefaultStopSet().size() > 300);
    assertTrue(JoinedWords.defaultList().size() > 100);
  }

  public void testChain() throws IOException {
    try (Analyzer a = new UrduAnalyzer()) {
      // کے and نے are stop words; وزیراعظم splits; کھلاڑیوں stems; BBC lower-cases
      assertAnalyzesTo(
          a,
          "وزیراعظم کے کھلاڑیوں نے BBC",
          new String[] {"وزر", "اعظم", "کھلڑ", "bbc"},
          new int[] {0, 4, 12, 24},
          new int[] {4, 8, 20, 27},
          new int[] {1, 1, 2, 2});
    }
  }

  /** Persian's normalization folds ے into ی: کے = کی, ہے = ہی. Here they stay apart. */
  public void testBariYeNotFolded() throws IOException {
    try (Analyzer persian = new PersianAnalyzer(CharArraySet.EMPTY_SET);
        Analyzer urdu = new UrduAnalyzer(CharArraySet.EMPTY_SET)) {
      assertEquals(terms(persian, "کے"), terms(persian, "کی"));
      assertEquals(terms(persian, "ہے"), terms(persian, "ہی"));
      assertAnalyzesTo(urdu, "کے کی ہے ہی", new String[] {"کے", "کی", "ہے", "ہی"});
    }
  }

  /** Persian's stop words remove کے/کی but keep میں، نے، سے، اور، کا، کو، ہے، پر; these remove all. */
  public void testUrduStopWords() throws IOException {
    String text = "میں نے سے اور کا کو ہے پر کے کی";
    try (Analyzer persian = new PersianAnalyzer(); Analyzer urdu = new UrduAnalyzer()) {
      assertFalse(terms(persian, text).isEmpty());
      assertAnalyzesTo(urdu, text, new String[0]);
    }
  }

  /** ArabicAnalyzer's stemmer damages Urdu words; the Urdu stemmer leaves them whole. */
  public void testArabicStemmerDamage() throws IOException {
    try (Analyzer arabic = new ArabicAnalyzer(); Analyzer urdu = new UrduAnalyzer()) {
      assertEquals(List.of("یکشن"), terms(arabic, "الیکشن"));
      assertEquals(List.of("پاکست"), terms(arabic, "پاکستان"));
      // the Urdu terms are the words' consonant skeletons, prefixes and endings kept
      assertAnalyzesTo(urdu, "الیکشن پاکستان", new String[] {"الکشن", "پکستن"});
      assertAnalyzesTo(urdu, "وزیراعظم", new String[] {"وزر", "اعظم"});
    }
  }

  /** Decomposed آ and presentation forms match the composed letters. */
  public void testEncodingsMatch() throws IOException {
    try (Analyzer urdu = new UrduAnalyzer()) {
      assertEquals(terms(urdu, "آباد"), terms(urdu, "ا\u0653باد"));
      assertEquals(terms(urdu, "مؤقف"), terms(urdu, "مﺅقف"));
      assertEquals(terms(urdu, "کیا گیا"), terms(urdu, "كيا گيا"));
    }
  }

  /** Digits glued to words are split: 5وکٹوں, میں63اور. */
  public void testGluedDigits() throws IOException {
    try (Analyzer urdu = new UrduAnalyzer()) {
      assertAnalyzesTo(urdu, "5وکٹوں میں63اور", new String[] {"5", "وکٹ", "63"});
    }
  }

  /** Plurals and oblique forms meet: کھلاڑی / کھلاڑیوں, علاقہ / علاقے / علاقوں. */
  public void testInflectionsMatch() throws IOException {
    try (Analyzer urdu = new UrduAnalyzer()) {
      assertEquals(terms(urdu, "کھلاڑی"), terms(urdu, "کھلاڑیوں"));
      assertEquals(terms(urdu, "علاقہ"), terms(urdu, "علاقوں"));
      assertEquals(terms(urdu, "علاقہ"), terms(urdu, "علاقے"));
    }
  }

  /** وزیراعظم and وزیر اعظم find each other, as terms and as phrases. */
  public void testJoinedAndSpacedSearchAlike() throws IOException {
    try (Analyzer urdu = new UrduAnalyzer(); Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(urdu))) {
        for (String text : new String[] {"وزیراعظم نے کہا", "وزیر اعظم نے کہا", "اعظم وزیر"}) {
          Document document = new Document();
          document.add(new TextField("f", text, Field.Store.NO));
          writer.addDocument(document);
        }
      }
      try (IndexReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        QueryBuilder builder = new QueryBuilder(urdu);
        assertEquals(2, searcher.count(builder.createPhraseQuery("f", "وزیراعظم")));
        assertEquals(2, searcher.count(builder.createPhraseQuery("f", "وزیر اعظم")));
        assertEquals(3, searcher.count(builder.createBooleanQuery("f", "وزیراعظم")));
      }
    }
  }

  /** Query-term normalization: the normalizing filters only, one term in, one term out. */
  public void testNormalize() {
    try (Analyzer urdu = new UrduAnalyzer()) {
      assertEquals(new BytesRef("کیا"), urdu.normalize("f", "كيا"));
      assertEquals(new BytesRef("آپ"), urdu.normalize("f", "ا\u0653پ"));
      assertEquals(new BytesRef("bbc"), urdu.normalize("f", "BBC"));
    }
  }

  public void testStemExclusion() throws IOException {
    CharArraySet exclusions = new CharArraySet(1, false);
    exclusions.add("کھلاڑیوں");
    try (Analyzer urdu = new UrduAnalyzer(CharArraySet.EMPTY_SET, exclusions)) {
      assertAnalyzesTo(urdu, "کھلاڑیوں", new String[] {"کھلاڑیوں"}); // nor vowel-folded
    }
  }

  public void testRandomStrings() throws IOException {
    try (Analyzer urdu = new UrduAnalyzer()) {
      checkRandomData(random(), urdu, 200 * RANDOM_MULTIPLIER);
      for (int i = 0; i < 300 * RANDOM_MULTIPLIER; i++) {
        checkAnalysisConsistency(random(), urdu, random().nextBoolean(),
            UrduTestText.random(random(), 80));
      }
    }
  }

  public void testRandomHugeStrings() throws IOException {
    try (Analyzer urdu = new UrduAnalyzer()) {
      checkRandomData(random(), urdu, 4 * RANDOM_MULTIPLIER, 3 * UrduTokenizer.CHUNK);
    }
  }

  private static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }
}
