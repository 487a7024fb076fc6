package org.khabar.lucene;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/** The factories, found by their SPI names as Solr and OpenSearch find them. */
public class TestUrduFactories extends BaseTokenStreamTestCase {

  private static final String[] FILTERS = {
    "urduNormalization", "urduJoinedWords", "urduStop", "urduSearchFolding", "urduStem",
    "urduVowelFolding"
  };

  public void testNamesAreRegistered() {
    assertTrue(TokenizerFactory.availableTokenizers().contains("urdu"));
    for (String name : FILTERS) {
      assertTrue(name, TokenFilterFactory.availableTokenFilters().contains(name));
    }
    assertEquals(UrduTokenizerFactory.class, TokenizerFactory.lookupClass("urdu"));
    assertEquals(UrduStemFilterFactory.class, TokenFilterFactory.lookupClass("urduStem"));
  }

  public void testTokenizerByName() throws IOException {
    Tokenizer tokenizer = TokenizerFactory.forName("urdu", new HashMap<>()).create();
    tokenizer.setReader(new StringReader("5وکٹوں، كيا"));
    assertTokenStreamContents(tokenizer, new String[] {"5", "وکٹوں", "کیا"});
  }

  public void testTokenizerParameters() throws IOException {
    Map<String, String> args = new HashMap<>(Map.of("keepPunctuation", "true"));
    Tokenizer tokenizer = TokenizerFactory.forName("urdu", args).create();
    tokenizer.setReader(new StringReader("ہاں، ٹھیک"));
    assertTokenStreamContents(tokenizer, new String[] {"ہاں", "،", "ٹھیک"});
    expectThrows(
        IllegalArgumentException.class,
        () -> TokenizerFactory.forName("urdu", new HashMap<>(Map.of("maxTokenLength", "0"))));
  }

  /** Each filter works after StandardTokenizer, as in a Solr schema. */
  public void testFiltersByName() throws IOException {
    assertFilter("urduNormalization", "كيا", "کیا");
    assertFilter("urduJoinedWords", "وزیراعظم", "وزیر", "اعظم");
    assertFilter("urduStop", "میں پاکستان", "پاکستان");
    assertFilter("urduSearchFolding", "لئے", "لیے");
    assertFilter("urduStem", "کھلاڑیوں", "کھلاڑی");
    assertFilter("urduVowelFolding", "ٹوئنٹی", "ٹنٹ");
  }

  private void assertFilter(String name, String input, String... expected) throws IOException {
    TokenFilterFactory factory = TokenFilterFactory.forName(name, new HashMap<>());
    if (factory instanceof ResourceLoaderAware aware) {
      aware.inform(new ClasspathResourceLoader(getClass()));
    }
    Tokenizer tokenizer = new StandardTokenizer();
    tokenizer.setReader(new StringReader(input));
    TokenStream stream = factory.create(tokenizer);
    assertTokenStreamContents(stream, expected);
  }

  public void testBogusParameters() {
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class,
            () -> TokenizerFactory.forName("urdu", new HashMap<>(Map.of("bogusArg", "x"))));
    assertTrue(e.getMessage().contains("Unknown parameters"));
    for (String name : FILTERS) {
      e = expectThrows(
          IllegalArgumentException.class,
          () -> TokenFilterFactory.forName(name, new HashMap<>(Map.of("bogusArg", "x"))));
      assertTrue(name, e.getMessage().contains("Unknown parameters"));
    }
  }

  /** A custom joined-word list, read through the resource loader. */
  public void testJoinedWordsOwnList() throws IOException {
    Map<String, String> args = new HashMap<>(Map.of("words", "test-joined-words.txt"));
    TokenFilterFactory factory = TokenFilterFactory.forName("urduJoinedWords", args);
    ((ResourceLoaderAware) factory).inform(new ClasspathResourceLoader(getClass()));
    Tokenizer tokenizer = new UrduTokenizer();
    tokenizer.setReader(new StringReader("نومنتخب وزیراعظم"));
    assertTokenStreamContents(factory.create(tokenizer), new String[] {"نو", "منتخب", "وزیراعظم"});
  }

  /** The normalizing filters also normalize query terms; the others do not claim to. */
  public void testNormalizeForQueryTerms() {
    TokenFilterFactory factory = TokenFilterFactory.forName("urduNormalization", new HashMap<>());
    Tokenizer tokenizer = new StandardTokenizer();
    assertNotSame(tokenizer, factory.normalize(tokenizer));
    TokenFilterFactory stem = TokenFilterFactory.forName("urduStem", new HashMap<>());
    assertSame(tokenizer, stem.normalize(tokenizer));
  }

  /** An analyzer built from the SPI names alone, as a schema would declare it. */
  public void testCustomAnalyzer() throws IOException {
    try (Analyzer analyzer =
        CustomAnalyzer.builder()
            .withTokenizer("urdu")
            .addTokenFilter("urduNormalization") // a no-op on urdu's terms; normalizes queries
            .addTokenFilter("lowercase")
            .addTokenFilter("urduJoinedWords")
            .addTokenFilter("urduStop")
            .addTokenFilter("urduStem")
            .build()) {
      assertAnalyzesTo(
          analyzer,
          "وزیراعظم نے کھلاڑیوں سے کہاکہ",
          new String[] {"وزیر", "اعظم", "کھلاڑی"},
          new int[] {0, 4, 12},
          new int[] {4, 8, 20});
      assertEquals("کیا", analyzer.normalize("f", "كيا").utf8ToString());
    }
  }
}
