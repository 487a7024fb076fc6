package org.khabar.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.normalize.UrduNormalizer;
import org.khabar.tokenize.Token;
import org.khabar.tokenize.UrduTokenizer;

class QuoteTrackerTest {

  private static List<Token> tokens(String text) {
    return UrduTokenizer.tokenize(UrduNormalizer.normalize(text));
  }

  @Test
  void directionIsReadFromTheSpacesAroundTheMarkNotItsShape() {
    List<Token> tokens = tokens("کہا ”دہشت گردوں” نے");
    QuoteTracker quotes = new QuoteTracker(tokens);
    assertThat(quotes.opens(1)).isTrue(); // space before, letter after
    quotes.see(1);
    assertThat(quotes.isOpen()).isTrue();
    assertThat(quotes.wouldClose(4)).isTrue(); // letter before, space after
    quotes.see(4);
    assertThat(quotes.isOpen()).isFalse();
  }

  @Test
  void shapeDecidesWhenTheSpacesSayNothing() {
    List<Token> tokens = tokens("ا“ب ا”ب");
    QuoteTracker quotes = new QuoteTracker(tokens);
    assertThat(quotes.opens(1)).isTrue();
    quotes.see(1);
    assertThat(quotes.opens(4)).isFalse();
  }

  @Test
  void aMarkGluedOnBothSidesClosesAfterAWordAndOpensAfterAMark() {
    List<Token> tokens = tokens("گے“۔ کہا:”ہم");
    QuoteTracker quotes = new QuoteTracker(tokens);
    assertThat(quotes.opens(1)).isFalse(); // گے“۔ despite its opening shape
    assertThat(quotes.opens(5)).isTrue(); // کہا:”ہم despite its closing shape
  }

  @Test
  void aMarkGluedBetweenAnEndMarkAndAnotherMarkCloses() {
    List<Token> tokens = tokens("ہے؟‘، ہاں");
    assertThat(new QuoteTracker(tokens).opens(2)).isFalse();
  }

  @Test
  void aClosingShapeWithSpacesAroundItOpensWhenNothingIsOpen() {
    List<Token> tokens = tokens("ہیں۔ ’ کیا ہے ’ ہاں");
    QuoteTracker quotes = new QuoteTracker(tokens);
    assertThat(quotes.opens(2)).isTrue();
    quotes.see(2);
    assertThat(quotes.opens(5)).isFalse();
  }

  @Test
  void symmetricMarkOpensUnlessAQuoteIsOpen() {
    List<Token> tokens = tokens("ا\"ب\"ج");
    QuoteTracker quotes = new QuoteTracker(tokens);
    assertThat(quotes.opens(1)).isTrue();
    quotes.see(1);
    assertThat(quotes.opens(3)).isFalse();
  }

  @Test
  void bracketsAreCountedAndResetClearsEverything() {
    List<Token> tokens = tokens("(ا ”ب");
    QuoteTracker quotes = new QuoteTracker(tokens);
    quotes.see(0);
    quotes.see(2);
    assertThat(quotes.isBracketOpen()).isTrue();
    assertThat(quotes.isOpen()).isTrue();
    quotes.reset();
    assertThat(quotes.isBracketOpen()).isFalse();
    assertThat(quotes.isOpen()).isFalse();
  }
}
