package org.khabar.lucene;

import org.khabar.stem.UrduStemmer;
import java.io.IOException;
import java.util.EnumSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

/** One test per stemming rule, and the words it must leave alone. */
public class TestUrduStemFilter extends BaseTokenStreamTestCase {

  private Analyzer analyzer;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer = analyzer(new UrduStemmer());
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    super.tearDown();
  }

  private static Analyzer analyzer(UrduStemmer stemmer) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new MockTokenizer(MockTokenizer.WHITESPACE, false);
        return new TokenStreamComponents(source, new UrduStemFilter(source, stemmer));
      }
    };
  }

  private void check(String input, String expected) throws IOException {
    assertAnalyzesTo(analyzer, input, new String[] {expected});
  }

  /** یوں → ی and وں → ∅: the plural oblique. */
  public void testPluralOblique() throws IOException {
    check("کھلاڑیوں", "کھلاڑی");
    check("کھلاڑی", "کھلاڑی");
    check("شہروں", "شہر");
    check("لوگوں", "لوگ");
  }

  /** یاں → ی and یں → ∅: feminine plurals. */
  public void testFemininePlural() throws IOException {
    check("لڑکیاں", "لڑکی");
    check("کتابیں", "کتاب");
  }

  /** Final ا ے ہ: the direct and oblique endings meet. */
  public void testDirectOblique() throws IOException {
    check("لڑکا", "لڑک");
    check("لڑکے", "لڑک");
    check("علاقہ", "علاق");
    check("علاقے", "علاق");
    check("علاقوں", "علاق");
  }

  /** The Arabic plural ات is off by default, and stems when asked for. */
  public void testArabicPlural() throws IOException {
    check("انتخابات", "انتخابات");
    try (Analyzer a = analyzer(new UrduStemmer(EnumSet.allOf(UrduStemmer.Rule.class)))) {
      assertAnalyzesTo(a, "انتخابات", new String[] {"انتخاب"});
    }
  }

  /** The English plural of loanwords is off by default, and stems when asked for. */
  public void testEnglishPlural() throws IOException {
    check("بولرز", "بولرز");
    try (Analyzer a = analyzer(new UrduStemmer(EnumSet.of(UrduStemmer.Rule.ENGLISH_PLURAL)))) {
      assertAnalyzesTo(a, "بولرز میچز ویمنز پوائنٹس", new String[] {"بولر", "میچ", "ویمن", "پوائنٹ"});
      // Urdu's own words, and a loanword that only looks plural, stay
      assertAnalyzesTo(a, "طرز عزیز آغاز نوٹس", new String[] {"طرز", "عزیز", "آغاز", "نوٹس"});
    }
  }

  /** Short words keep their endings: the stem would be under three letters. */
  public void testShortWordsUntouched() throws IOException {
    check("میں", "میں");
    check("کیوں", "کیوں");
    check("نہیں", "نہیں");
    check("کریں", "کریں");
    check("کے", "کے");
    check("کی", "کی");
  }

  /** Words the Arabic stemmer damages are left whole. */
  public void testNoArabicPrefixStripping() throws IOException {
    check("الیکشن", "الیکشن");
    check("پاکستان", "پاکستان");
    check("وزیراعظم", "وزیراعظم");
  }

  public void testKeywordsSkipped() throws IOException {
    CharArraySet keywords = new CharArraySet(1, false);
    keywords.add("لڑکے");
    try (Analyzer a = new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new MockTokenizer(MockTokenizer.WHITESPACE, false);
            TokenStream result = new SetKeywordMarkerFilter(source, keywords);
            return new TokenStreamComponents(source, new UrduStemFilter(result));
          }
        }) {
      assertAnalyzesTo(a, "لڑکے لڑکا", new String[] {"لڑکے", "لڑک"});
    }
  }

  public void testEmptyTerm() throws IOException {
    try (Analyzer a = new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new UrduStemFilter(source));
          }
        }) {
      checkOneTerm(a, "", "");
    }
  }

  public void testRandomStrings() throws IOException {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
  }
}
