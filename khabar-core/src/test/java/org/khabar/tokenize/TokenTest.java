package org.khabar.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.normalize.NormalizedText;
import org.khabar.normalize.Punctuation;
import org.khabar.normalize.UrduNormalizer;

class TokenTest {

  @Test
  void tokensPointIntoTheOriginalTextAndCarryTheirNormalizedForm() {
    String text = "حکومت نے دعویٰ كيا۔";
    NormalizedText normalized = UrduNormalizer.normalize(text);
    List<Token> tokens = UrduTokenizer.tokenize(normalized);
    assertThat(tokens).extracting(Token::norm).containsExactly("حکومت", "نے", "دعوی", "کیا", "۔");
    Token claim = tokens.get(2);
    assertThat(text.substring(claim.start(), claim.end())).isEqualTo("دعویٰ");
    assertThat(tokens.get(4).punctuation()).isEqualTo(Punctuation.FULL_STOP);
    assertThat(claim.punctuation()).isEqualTo(Punctuation.NONE);
    assertThat(claim.isWord()).isTrue();
    assertThat(tokens.get(4).isPunctuation()).isTrue();
  }

  @Test
  void aTokenMadeFromAStringEqualsTheSameTokenMadeFromTheText() {
    List<Token> tokens = UrduTokenizer.tokenize(UrduNormalizer.normalize("ہاں۔"));
    Token made = new Token(3, 4, "۔", TokenType.PUNCT);
    assertThat(tokens.get(1)).isEqualTo(made).hasSameHashCodeAs(made);
    assertThat(made.punctuation()).isEqualTo(Punctuation.FULL_STOP);
    assertThat(made.toString()).contains("۔", "PUNCT");
  }

  @Test
  void emptyTextHasNoTokens() {
    assertThat(UrduTokenizer.tokenize(UrduNormalizer.normalize(""))).isEmpty();
  }
}
