package org.khabar;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.khabar.normalize.NormalizedText;
import org.khabar.normalize.UrduNormalizer;
import org.khabar.sentence.Sentence;
import org.khabar.text.Document;
import org.khabar.text.Layer;
import org.khabar.tokenize.Token;

/** What must hold for any text given to the token pipeline. */
class PipelinePropertiesTest {

  @Provide
  Arbitrary<String> texts() {
    return UrduStrings.texts();
  }

  private static Document analyse(String text) {
    return UrduPipeline.tokens().apply(Document.of("property", text));
  }

  @Property
  void tokensLieInTheTextInOrderWithoutOverlapOrEmptySpans(@ForAll("texts") String text) {
    Layer<Token> tokens = analyse(text).get(Token.LAYER);
    int previousEnd = 0;
    for (Token token : tokens) {
      assertThat(token.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(token.end()).isGreaterThan(token.start()).isLessThanOrEqualTo(text.length());
      assertThat(token.norm()).isNotEmpty();
      previousEnd = token.end();
    }
  }

  @Property
  void sentencesCoverTheirTokensExactly(@ForAll("texts") String text) {
    Document document = analyse(text);
    Layer<Token> tokens = document.get(Token.LAYER);
    Layer<Sentence> sentences = document.get(Sentence.LAYER);
    int nextToken = 0;
    int previousEnd = 0;
    for (Sentence sentence : sentences) {
      assertThat(sentence.firstToken()).isEqualTo(nextToken);
      assertThat(sentence.tokenCount()).isPositive();
      assertThat(sentence.start()).isEqualTo(tokens.get(sentence.firstToken()).start());
      assertThat(sentence.end()).isEqualTo(tokens.get(sentence.endToken() - 1).end());
      assertThat(sentence.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(tokens.within(sentence)).hasSize(sentence.tokenCount());
      nextToken = sentence.endToken();
      previousEnd = sentence.end();
    }
    assertThat(nextToken).isEqualTo(tokens.size());
  }

  @Property
  void tokensTogetherHoldEveryNonSpaceCharacterOfTheNormalizedText(@ForAll("texts") String text) {
    Document document = analyse(text);
    StringBuilder norms = new StringBuilder();
    document.get(Token.LAYER).forEach(token -> norms.append(token.norm()));
    String normalized = document.get(NormalizedText.KEY).text();
    StringBuilder nonSpace = new StringBuilder();
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        nonSpace.append(c);
      }
    }
    assertThat(norms.toString()).isEqualTo(nonSpace.toString());
  }

  /**
   * A token's original text normalizes to the token's normalized form: the offset map loses
   * nothing and takes nothing from a neighbour.
   */
  @Property
  void tokenOriginalTextNormalizesToItsNorm(@ForAll("texts") String text) {
    Document document = analyse(text);
    for (Token token : document.get(Token.LAYER)) {
      assertThat(UrduNormalizer.normalizeWord(document.textOf(token)))
          .as("token %s of %s", token, text)
          .isEqualTo(token.norm());
    }
  }

  @Property
  void textBetweenTokensIsOnlySpaceOrRemovedCharacters(@ForAll("texts") String text) {
    Document document = analyse(text);
    int previousEnd = 0;
    for (Token token : document.get(Token.LAYER)) {
      String between = text.substring(previousEnd, token.start());
      assertThat(UrduNormalizer.normalizeWord(between).isBlank()).as("'%s'", between).isTrue();
      previousEnd = token.end();
    }
    assertThat(UrduNormalizer.normalizeWord(text.substring(previousEnd)).isBlank()).isTrue();
  }
}
