package org.khabar.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The token types of {@link TokenScanner}, one rule at a time; cases.txt has them in context. */
class TokenScannerTest {

  private static List<String> scan(String normalized) {
    return scan(new TokenScanner(), normalized);
  }

  private static List<String> scan(TokenScanner fresh, String normalized) {
    TokenScanner scanner = fresh.reset(normalized);
    List<String> tokens = new ArrayList<>();
    while (scanner.next()) {
      tokens.add(normalized.substring(scanner.start(), scanner.end()) + "/" + scanner.type());
    }
    return tokens;
  }

  @ParameterizedTest(name = "{0} is one {1}")
  @CsvSource(
      delimiter = ' ',
      quoteCharacter = '~',
      value = {
        "پاکستان WORD",
        "کریں_گے WORD",
        "1.4 NUMBER",
        "1,000 NUMBER",
        "4:10 NUMBER",
        "12/05/2015 NUMBER",
        "2014-15 NUMBER",
        "2015–16 NUMBER",
        "2015ء NUMBER",
        "BBC LATIN",
        "B350-B-3 LATIN",
        "2G LATIN",
        "Pakistan's LATIN",
        "۔ PUNCT",
        "'' PUNCT",
        "... PUNCT",
        "% SYMBOL",
        "ﷺ SYMBOL",
        "😊 SYMBOL",
        "https://www.bbc.com/urdu URL",
        "www.khabar.pk URL",
        "info@khabar.pk EMAIL",
        "#پاکستان HASHTAG",
        "@BBCUrdu MENTION"
      })
  void oneToken(String text, TokenType type) {
    assertThat(scan(text)).containsExactly(text + "/" + type);
  }

  @Test
  void digitsGluedToUrduLettersAreSplitOff() {
    assertThat(scan("ستمبر2015ء")).containsExactly("ستمبر/WORD", "2015ء/NUMBER");
    assertThat(scan("میں63اور")).containsExactly("میں/WORD", "63/NUMBER", "اور/WORD");
    assertThat(scan("5وکٹوں")).containsExactly("5/NUMBER", "وکٹوں/WORD");
  }

  @Test
  void separatorsWithoutADigitAfterThemAreNotPartOfTheNumber() {
    assertThat(scan("12۔ اب")).containsExactly("12/NUMBER", "۔/PUNCT", "اب/WORD");
    assertThat(scan("3.5.")).containsExactly("3.5/NUMBER", "./PUNCT");
    assertThat(scan("1,")).containsExactly("1/NUMBER", ",/PUNCT");
  }

  @Test
  void aCommaJoinsOnlyGroupsOfTwoOrThreeDigits() {
    assertThat(scan("10,50,000")).containsExactly("10,50,000/NUMBER");
    assertThat(scan("6-3,3-6")).containsExactly("6-3/NUMBER", ",/PUNCT", "3-6/NUMBER");
    assertThat(scan("12,3456")).containsExactly("12/NUMBER", ",/PUNCT", "3456/NUMBER");
  }

  @Test
  void bracketsAreNeverMergedIntoRuns() {
    assertThat(scan("((")).containsExactly("(/PUNCT", "(/PUNCT");
  }

  @Test
  void webAddressLosesItsTrailingMarks() {
    assertThat(scan("http://x.org/a).")).containsExactly("http://x.org/a/URL", ")/PUNCT", "./PUNCT");
  }

  @Test
  void hashAndAtSignsAloneArePunctuation() {
    assertThat(scan("# @")).containsExactly("#/PUNCT", "@/PUNCT");
  }

  @Test
  void unpairedSurrogateIsASymbolOfItsOwn() {
    assertThat(scan("ا\uD800ب")).containsExactly("ا/WORD", "\uD800/SYMBOL", "ب/WORD");
  }

  @Test
  void combiningMarkStaysWithItsWord() {
    assertThat(scan("کتاب\u0300 x\u0301")).containsExactly("کتاب\u0300/WORD", "x\u0301/LATIN");
  }

  @Test
  void scannerCanBeResetForAnotherText() {
    TokenScanner scanner = new TokenScanner().reset("ایک دو");
    assertThat(scanner.next()).isTrue();
    scanner.reset("تین");
    assertThat(scanner.next()).isTrue();
    assertThat(scanner.start()).isZero();
    assertThat(scanner.end()).isEqualTo(3);
    assertThat(scanner.next()).isFalse();
    assertThat(scanner.next()).isFalse();
  }

  @Test
  void aGluedErgativeIsSplitForAnalysisAndLeftAsWrittenForTheModels() {
    // «نثارنے کہا»: Nisar said, the ergative glued to the name
    assertThat(scan("نثارنے کہا")).containsExactly("نثار/WORD", "نے/WORD", "کہا/WORD");
    assertThat(scan(TokenScanner.asWritten(), "نثارنے کہا"))
        .containsExactly("نثارنے/WORD", "کہا/WORD");
  }
}
