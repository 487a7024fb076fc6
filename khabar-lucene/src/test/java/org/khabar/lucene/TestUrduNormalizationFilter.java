package org.khabar.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

/** The normalization filter applies khabar-core's rules to terms from another tokenizer. */
public class TestUrduNormalizationFilter extends BaseTokenStreamTestCase {

  private Analyzer analyzer;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new MockTokenizer(MockTokenizer.WHITESPACE, false);
        return new TokenStreamComponents(source, new UrduNormalizationFilter(source));
      }
    };
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    super.tearDown();
  }

  private void check(String input, String expected) throws IOException {
    assertAnalyzesTo(analyzer, input, new String[] {expected});
  }

  public void testArabicYehAndKaf() throws IOException {
    check("كيا", "کیا");
  }

  public void testArabicHeh() throws IOException {
    check("شهر", "شہر");
  }

  public void testDoChashmiHehKept() throws IOException {
    check("بھی", "بھی");
  }

  public void testDecomposedAlefMadda() throws IOException {
    check("ا\u0653پ", "آپ");
  }

  public void testPresentationForm() throws IOException {
    check("مﺅقف", "مؤقف");
  }

  public void testYehBarreeHamzaExpands() throws IOException {
    check("گۓ", "گئے");
  }

  public void testDiacriticsRemoved() throws IOException {
    check("تقریباً", "تقریبا");
  }

  public void testDigits() throws IOException {
    check("۲۰۱۵", "2015");
  }

  public void testTatweel() throws IOException {
    check("پاکـــستان", "پاکستان");
  }

  /** ے and ی are never merged, unlike Persian's normalization. */
  public void testBariYeKept() throws IOException {
    check("کے", "کے");
    check("کی", "کی");
  }

  /** Offsets are left as the tokenizer made them. */
  public void testOffsetsUnchanged() throws IOException {
    assertAnalyzesTo(analyzer, "كيا دعویٰ", new String[] {"کیا", "دعوی"}, new int[] {0, 4},
        new int[] {3, 9});
  }

  public void testKeywordsSkipped() throws IOException {
    CharArraySet keywords = new CharArraySet(1, false);
    keywords.add("كيا");
    try (Analyzer a = new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new MockTokenizer(MockTokenizer.WHITESPACE, false);
            TokenStream result = new SetKeywordMarkerFilter(source, keywords);
            return new TokenStreamComponents(source, new UrduNormalizationFilter(result));
          }
        }) {
      assertAnalyzesTo(a, "كيا شهر", new String[] {"كيا", "شہر"});
    }
  }

  public void testEmptyTerm() throws IOException {
    try (Analyzer a = new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new UrduNormalizationFilter(source));
          }
        }) {
      checkOneTerm(a, "", "");
    }
  }

  public void testRandomStrings() throws IOException {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
    for (int i = 0; i < 200 * RANDOM_MULTIPLIER; i++) {
      checkAnalysisConsistency(random(), analyzer, random().nextBoolean(),
          UrduTestText.random(random(), 60));
    }
  }
}
