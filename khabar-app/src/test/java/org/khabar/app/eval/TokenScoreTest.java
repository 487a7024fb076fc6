package org.khabar.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.UrduPipeline;
import org.khabar.sentence.Sentence;
import org.khabar.text.Document;
import org.khabar.text.Layer;
import org.khabar.tokenize.Token;
import org.khabar.tokenize.TokenType;

/** The CoNLL 2018 alignment on non-space characters, on a tiny gold and system pair. */
class TokenScoreTest {

  // کراچی میں بارش۔ سڑکیں بند ہیں۔
  // 0    5 6  9 10 14 15 16  21 22 25 26 29 30
  private static final String RAW = "کراچی میں بارش۔ سڑکیں بند ہیں۔";

  private static final List<Conllu.Sentence> GOLD =
      List.of(
          new Conllu.Sentence("کراچی میں بارش۔", List.of("کراچی", "میں", "بارش", "۔")),
          new Conllu.Sentence("سڑکیں بند ہیں۔", List.of("سڑکیں", "بند", "ہیں", "۔")));

  private static Token token(int start, int end) {
    return new Token(start, end, RAW.substring(start, end), TokenType.WORD);
  }

  @Test
  void oneMergedTokenAndOneWrongSplitGiveKnownScores() {
    // the system glues بارش۔ into one token and splits the second sentence after بند
    List<Token> tokens =
        List.of(
            token(0, 5), token(6, 9), token(10, 15), token(16, 21), token(22, 25), token(26, 29),
            token(29, 30));
    List<Sentence> sentences =
        List.of(new Sentence(0, 15, 0, 3), new Sentence(16, 25, 3, 5), new Sentence(26, 30, 5, 7));
    Document system =
        Document.of("system", RAW)
            .with(Token.LAYER, Layer.of(tokens, RAW.length()))
            .with(Sentence.LAYER, Layer.of(sentences, RAW.length()));

    TokenScore.Result result = TokenScore.score(GOLD, system);

    assertThat(result.goldTokens()).isEqualTo(8);
    assertThat(result.systemTokens()).isEqualTo(7);
    assertThat(result.matchedTokens()).isEqualTo(6);
    assertThat(result.tokenPrecision()).isCloseTo(6.0 / 7, within(1e-9));
    assertThat(result.tokenRecall()).isCloseTo(6.0 / 8, within(1e-9));
    assertThat(result.tokenF1()).isCloseTo(0.8, within(1e-9));
    assertThat(result.goldSentences()).isEqualTo(2);
    assertThat(result.systemSentences()).isEqualTo(3);
    assertThat(result.matchedSentences()).isEqualTo(1);
    assertThat(result.sentenceF1()).isCloseTo(0.4, within(1e-9));
  }

  @Test
  void thePipelineGetsThisExampleRight() {
    TokenScore.Result result =
        TokenScore.score(GOLD, UrduPipeline.tokens().apply(Document.of("system", RAW)));
    assertThat(result.tokenF1()).isEqualTo(1.0);
    assertThat(result.sentenceF1()).isEqualTo(1.0);
  }

  @Test
  void spacesInsideAGoldFormDoNotCountAndSystemSpacingDoesNotMatter() {
    List<Conllu.Sentence> gold =
        List.of(new Conllu.Sentence("نئی دہلی۔", List.of("نئی دہلی", "۔")));
    String raw = "نئی دہلی ۔";
    Document system =
        Document.of("s", raw)
            .with(Token.LAYER, Layer.of(List.of(new Token(0, 8, "نئی دہلی", TokenType.WORD),
                new Token(9, 10, "۔", TokenType.PUNCT)), raw.length()))
            .with(Sentence.LAYER, Layer.of(List.of(new Sentence(0, 10, 0, 2)), raw.length()));
    TokenScore.Result result = TokenScore.score(gold, system);
    assertThat(result.tokenF1()).isEqualTo(1.0);
    assertThat(result.sentenceF1()).isEqualTo(1.0);
  }

  @Test
  void f1IsZeroWhenNothingMatchesOrNothingIsThere() {
    assertThat(TokenScore.f1(0, 5, 5)).isZero();
    assertThat(TokenScore.f1(0, 0, 0)).isZero();
    assertThat(TokenScore.f1(3, 4, 4)).isCloseTo(0.75, within(1e-9));
  }

  @Test
  void nonSpaceCountsFollowPythonsIdeaOfSpace() {
    assertThat(TokenScore.nonSpaceBefore("a b\u00A0c")).containsExactly(0, 1, 1, 2, 2, 3);
    assertThat(TokenScore.nonSpaceLength("نئی دہلی")).isEqualTo(7);
    assertThat(TokenScore.isSpace('\u0085')).isTrue();
    assertThat(TokenScore.isSpace('\u200C')).isFalse();
  }
}
