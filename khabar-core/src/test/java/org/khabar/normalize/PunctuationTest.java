package org.khabar.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PunctuationTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = ' ',
      quoteCharacter = '~',
      value = {
        "۔ FULL_STOP",
        ". FULL_STOP",
        "؟ QUESTION",
        "? QUESTION",
        "! EXCLAMATION",
        "… ELLIPSIS",
        "، COMMA",
        ", COMMA",
        "؛ SEMICOLON",
        "; SEMICOLON",
        ": COLON",
        "“ QUOTE_OPENING",
        "‘ QUOTE_OPENING",
        "« QUOTE_OPENING",
        "‹ QUOTE_OPENING",
        "„ QUOTE_OPENING",
        "” QUOTE_CLOSING",
        "’ QUOTE_CLOSING",
        "» QUOTE_CLOSING",
        "› QUOTE_CLOSING",
        "\" QUOTE_SYMMETRIC",
        "' QUOTE_SYMMETRIC",
        "″ QUOTE_SYMMETRIC",
        "′ QUOTE_SYMMETRIC",
        "- DASH",
        "– DASH",
        "— DASH",
        "( BRACKET_OPENING",
        "﴿ BRACKET_OPENING",
        ") BRACKET_CLOSING",
        "﴾ BRACKET_CLOSING",
        "% OTHER",
        "٪ OTHER",
        "# OTHER",
        "ا NONE",
        "5 NONE"
      })
  void everyVariantOfAMarkIsRecognized(String mark, Punctuation kind) {
    assertThat(Punctuation.of(mark.charAt(0))).isEqualTo(kind);
    assertThat(Punctuation.of(mark)).isEqualTo(kind);
  }

  @Test
  void everyQuoteMarkIsAQuote() {
    for (char c : "”“‘’″\"'‹›«»„′".toCharArray()) {
      assertThat(Punctuation.of(c).isQuote()).as("%s", c).isTrue();
    }
    assertThat(Punctuation.of('۔').isQuote()).isFalse();
  }

  @Test
  void sentenceTerminals() {
    assertThat(Punctuation.FULL_STOP.isSentenceTerminal()).isTrue();
    assertThat(Punctuation.QUESTION.isSentenceTerminal()).isTrue();
    assertThat(Punctuation.EXCLAMATION.isSentenceTerminal()).isTrue();
    assertThat(Punctuation.ELLIPSIS.isSentenceTerminal()).isTrue();
    assertThat(Punctuation.COMMA.isSentenceTerminal()).isFalse();
    assertThat(Punctuation.DASH.isSentenceTerminal()).isFalse();
  }

  @Test
  void runsOfOneMarkCountAsThatMarkAndRunsOfStopsAsAnEllipsis() {
    assertThat(Punctuation.of("''")).isEqualTo(Punctuation.QUOTE_SYMMETRIC);
    assertThat(Punctuation.of("!!")).isEqualTo(Punctuation.EXCLAMATION);
    assertThat(Punctuation.of("...")).isEqualTo(Punctuation.ELLIPSIS);
    assertThat(Punctuation.of("۔۔۔")).isEqualTo(Punctuation.ELLIPSIS);
    assertThat(Punctuation.of("؟!")).isEqualTo(Punctuation.OTHER);
    assertThat(Punctuation.of("")).isEqualTo(Punctuation.NONE);
  }

  @Test
  void arrayFormAgreesWithTheStringForm() {
    char[] chars = "x۔۔۔''؟!y".toCharArray();
    assertThat(Punctuation.of(chars, 1, 4)).isEqualTo(Punctuation.ELLIPSIS);
    assertThat(Punctuation.of(chars, 4, 6)).isEqualTo(Punctuation.QUOTE_SYMMETRIC);
    assertThat(Punctuation.of(chars, 6, 8)).isEqualTo(Punctuation.OTHER);
    assertThat(Punctuation.of(chars, 3, 3)).isEqualTo(Punctuation.NONE);
  }
}
