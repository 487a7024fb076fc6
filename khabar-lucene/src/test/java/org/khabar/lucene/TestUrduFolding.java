package org.khabar.lucene;

import java.io.IOException;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

/** The search folding and the vowel folding, one test per rule. */
public class TestUrduFolding extends BaseTokenStreamTestCase {

  private static Analyzer analyzer(Function<TokenStream, TokenStream> filter, boolean keyword) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source =
            keyword ? new KeywordTokenizer() : new MockTokenizer(MockTokenizer.WHITESPACE, false);
        return new TokenStreamComponents(source, filter.apply(source));
      }
    };
  }

  private static void check(Function<TokenStream, TokenStream> filter, String in, String out)
      throws IOException {
    try (Analyzer a = analyzer(filter, false)) {
      assertAnalyzesTo(a, in, new String[] {out});
    }
  }

  private static void search(String in, String out) throws IOException {
    check(UrduSearchFoldingFilter::new, in, out);
  }

  private static void vowels(String in, String out) throws IOException {
    check(UrduVowelFoldingFilter::new, in, out);
  }

  /** ۂ → ہ. */
  public void testHehHamza() throws IOException {
    search("نقطۂ", "نقطہ");
  }

  /** ئے after a consonant → یے; یئ → ی; after a vowel letter the hamza stays. */
  public void testHamzaYeh() throws IOException {
    search("لئے", "لیے");
    search("کئے", "کیے");
    search("چاہئے", "چاہیے");
    search("دیئے", "دیے");
    search("چاہیئے", "چاہیے");
    search("جائے", "جائے");
    search("ہوئے", "ہوئے");
  }

  /** ھ after ن م ل → ہ; after a stop it marks aspiration and stays. */
  public void testDoChashmiHeh() throws IOException {
    search("انھوں", "انہوں");
    search("تمھارا", "تمہارا");
    search("کھا", "کھا");
    search("بھی", "بھی");
  }

  /** The long-vowel letters after the first letter go, in words of four letters or more. */
  public void testVowelSkeleton() throws IOException {
    vowels("ٹوئنٹی", "ٹنٹ");
    vowels("ٹوینٹی", "ٹنٹ");
    vowels("ٹونٹی", "ٹنٹ");
    vowels("ملائیشیا", "ملش");
    vowels("ملایئشیا", "ملش");
    vowels("ٹرافی", "ٹرف");
    vowels("ٹرفی", "ٹرف");
    vowels("اعلان", "اعلن");
  }

  /** «ؤ» is a long vowel too: راؤنڈ، راونڈ meet; in a short word it is «و»: آؤٹ، آوٹ. */
  public void testWawHamza() throws IOException {
    vowels("راؤنڈ", "رنڈ");
    vowels("راونڈ", "رنڈ");
    vowels("آؤٹ", "آوٹ");
    vowels("آوٹ", "آوٹ");
  }

  /** The alif before an English s-cluster goes: اسکور، سکور; not from اسکا (its) or اسلام. */
  public void testAlifBeforeAnSCluster() throws IOException {
    vowels("اسکور", "سکر");
    vowels("سکور", "سکر");
    vowels("اسٹیڈیم", "سٹڈم");
    vowels("سٹیڈیم", "سٹڈم");
    vowels("اسپورٹس", "سپرٹس");
    vowels("اسکا", "اسک");
    vowels("اسلام", "اسلم");
  }

  /** Short words, and the first letter, stay: کار ≠ کر, ایران keeps its alef. */
  public void testVowelSkeletonKeepsShortWords() throws IOException {
    vowels("کار", "کار");
    vowels("کی", "کی");
    vowels("ایران", "ارن");
  }

  public void testEmptyTerm() throws IOException {
    try (Analyzer a = analyzer(UrduSearchFoldingFilter::new, true)) {
      checkOneTerm(a, "", "");
    }
    try (Analyzer a = analyzer(UrduVowelFoldingFilter::new, true)) {
      checkOneTerm(a, "", "");
    }
  }

  public void testRandomStrings() throws IOException {
    try (Analyzer a = analyzer(UrduSearchFoldingFilter::new, false)) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
    try (Analyzer a = analyzer(UrduVowelFoldingFilter::new, false)) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }
}
