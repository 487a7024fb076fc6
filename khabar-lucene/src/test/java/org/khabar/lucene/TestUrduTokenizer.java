package org.khabar.lucene;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.AttributeFactory;
import org.khabar.normalize.UrduNormalizer;
import org.khabar.tokenize.Token;

public class TestUrduTokenizer extends BaseTokenStreamTestCase {

  private Analyzer analyzer;
  private Analyzer withPunctuation;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer = analyzer(false, UrduTokenizer.DEFAULT_MAX_TOKEN_LENGTH);
    withPunctuation = analyzer(true, UrduTokenizer.DEFAULT_MAX_TOKEN_LENGTH);
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    withPunctuation.close();
    super.tearDown();
  }

  private static Analyzer analyzer(boolean keepPunctuation, int maxTokenLength) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(
            new UrduTokenizer(
                AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, keepPunctuation, maxTokenLength));
      }
    };
  }

  public void testWords() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "پاکستان کی ٹیم",
        new String[] {"پاکستان", "کی", "ٹیم"},
        new int[] {0, 8, 11},
        new int[] {7, 10, 14},
        new String[] {"<WORD>", "<WORD>", "<WORD>"},
        new int[] {1, 1, 1});
  }

  /** کے and کی are two words: normalization never merges ے and ی. */
  public void testBariYeAndChotiYeStayApart() throws IOException {
    assertAnalyzesTo(analyzer, "کے کی", new String[] {"کے", "کی"});
  }

  /** Arabic letters for Urdu ones: كيا → کیا (Arabic kaf and yeh). */
  public void testArabicLetters() throws IOException {
    assertAnalyzesTo(analyzer, "كيا", new String[] {"کیا"}, new int[] {0}, new int[] {3});
  }

  /** Decomposed آ (ا + madda) is the composed letter; the offsets cover both characters. */
  public void testDecomposedAlefMadda() throws IOException {
    assertAnalyzesTo(
        analyzer, "ا\u0653باد آباد", new String[] {"آباد", "آباد"}, new int[] {0, 6},
        new int[] {5, 10});
  }

  /** Presentation forms are their letters: ﺅ → ؤ. */
  public void testPresentationForms() throws IOException {
    assertAnalyzesTo(analyzer, "مﺅقف", new String[] {"مؤقف"}, new int[] {0}, new int[] {4});
  }

  /** Diacritics go from the term and stay in the offsets: دعویٰ is one token of 5 characters. */
  public void testDiacritics() throws IOException {
    assertAnalyzesTo(analyzer, "دعویٰ ہے", new String[] {"دعوی", "ہے"}, new int[] {0, 6},
        new int[] {5, 8});
  }

  /** Digits glued to words are split off: 5وکٹوں → 5 | وکٹوں, میں63اور → میں | 63 | اور. */
  public void testDigitsGluedToWords() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "5وکٹوں میں63اور",
        new String[] {"5", "وکٹوں", "میں", "63", "اور"},
        new int[] {0, 1, 7, 10, 12},
        new int[] {1, 6, 10, 12, 15},
        new String[] {"<NUMBER>", "<WORD>", "<WORD>", "<NUMBER>", "<WORD>"},
        null);
  }

  /** Digits of every script become ASCII; a number keeps its separators and year marker. */
  public void testNumbers() throws IOException {
    assertAnalyzesTo(analyzer, "۲۰۱۵ء 1,000 ١٫٤", new String[] {"2015ء", "1,000", "1.4"});
  }

  /** Punctuation is dropped, with no position gap; or kept, typed {@code <PUNCT>}. */
  public void testPunctuation() throws IOException {
    assertAnalyzesTo(analyzer, "ہاں، ٹھیک ہے۔", new String[] {"ہاں", "ٹھیک", "ہے"},
        new int[] {1, 1, 1});
    assertAnalyzesTo(
        withPunctuation,
        "ہاں، ٹھیک ہے۔",
        new String[] {"ہاں", "،", "ٹھیک", "ہے", "۔"},
        new int[] {0, 3, 5, 10, 12},
        new int[] {3, 4, 9, 12, 13},
        new String[] {"<WORD>", "<PUNCT>", "<WORD>", "<WORD>", "<PUNCT>"},
        null);
  }

  /** Latin words, web addresses and hashtags keep their own types. */
  public void testOtherTypes() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "BBC https://www.bbc.com/urdu #پاکستان",
        new String[] {"BBC", "https://www.bbc.com/urdu", "#پاکستان"},
        new String[] {"<LATIN>", "<URL>", "<HASHTAG>"});
  }

  /** ZWNJ separates words, as a space does. */
  public void testZwnjSeparates() throws IOException {
    assertAnalyzesTo(analyzer, "کر\u200Cدیا", new String[] {"کر", "دیا"}, new int[] {0, 3},
        new int[] {2, 6});
  }

  /** A token over the length limit is skipped, leaving a position gap. */
  public void testLongTokenSkipped() throws IOException {
    try (Analyzer a = analyzer(false, 5)) {
      assertAnalyzesTo(a, "ایک بہتلمبالفظ دو", new String[] {"ایک", "دو"}, new int[] {1, 2});
    }
  }

  /** Offsets are corrected through a char filter before the tokenizer. */
  public void testCharFilterOffsets() throws IOException {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    map.add("ق", "قق");
    Reader reader = new MappingCharFilter(map.build(), new StringReader("حق سچ"));
    Tokenizer tokenizer = new UrduTokenizer();
    tokenizer.setReader(reader);
    assertTokenStreamContents(tokenizer, new String[] {"حقق", "سچ"}, new int[] {0, 3},
        new int[] {2, 5}, 5);
  }

  /** A text longer than a chunk is tokenized as khabar-core tokenizes it whole. */
  public void testChunkedInputMatchesCore() throws IOException {
    StringBuilder text = new StringBuilder();
    String[] pieces = {"وزیر اعظم", "ا\u0653پ", "دعویٰ", "5وکٹوں", "۔", "\n", "كيا", "ﺅ", "2015ء"};
    while (text.length() < 5 * UrduTokenizer.CHUNK) {
      text.append(pieces[random().nextInt(pieces.length)]).append(random().nextBoolean() ? " " : "");
    }
    List<Token> expected =
        org.khabar.tokenize.UrduTokenizer.tokenize(UrduNormalizer.normalize(text.toString()));
    List<String> actual = new ArrayList<>();
    List<String> wanted = new ArrayList<>();
    for (Token token : expected) {
      if (token.type() != org.khabar.tokenize.TokenType.PUNCT) {
        wanted.add(token.norm() + "@" + token.start() + "-" + token.end());
      }
    }
    try (TokenStream stream = analyzer.tokenStream("f", text.toString())) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        actual.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
      }
      stream.end();
    }
    assertEquals(wanted, actual);
  }

  /** A text with no whitespace at all is read whole. */
  public void testHugeTokenWithoutWhitespace() throws IOException {
    String word = "ب".repeat(3 * UrduTokenizer.CHUNK);
    try (Analyzer a = analyzer(false, Integer.MAX_VALUE)) {
      assertAnalyzesTo(a, word + " ج", new String[] {word, "ج"});
    }
  }

  public void testEmpty() throws IOException {
    assertAnalyzesTo(analyzer, "", new String[0]);
    assertAnalyzesTo(analyzer, " ۔ ", new String[0]);
  }

  public void testRandomStrings() throws IOException {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
    checkRandomData(random(), withPunctuation, 200 * RANDOM_MULTIPLIER);
  }

  public void testRandomHugeStrings() throws IOException {
    checkRandomData(random(), analyzer, 4 * RANDOM_MULTIPLIER, 3 * UrduTokenizer.CHUNK);
  }

  /** Random text made of the characters the rules are about. */
  public void testRandomUrduText() throws IOException {
    for (int i = 0; i < 500 * RANDOM_MULTIPLIER; i++) {
      String text = UrduTestText.random(random(), 60);
      checkAnalysisConsistency(random(), analyzer, random().nextBoolean(), text);
      checkAnalysisConsistency(random(), withPunctuation, random().nextBoolean(), text);
    }
  }
}
