package org.khabar.tokenize;

import org.khabar.text.Key;
import org.khabar.text.Span;

/**
 * A token: its span in the original text, its normalized form and its type.
 *
 * @param start offset of the first character in the original text
 * @param end offset after the last character in the original text
 * @param norm the normalized form (see {@link org.khabar.normalize.UrduNormalizer})
 * @param type what kind of token it is
 */
public record Token(int start, int end, String norm, TokenType type) implements Span {

  public static final Key<org.khabar.text.Layer<Token>> LAYER = Key.layer("tokens", Token.class);

  public boolean isWord() {
    return type == TokenType.WORD || type == TokenType.LATIN;
  }

  public boolean isPunctuation() {
    return type == TokenType.PUNCT;
  }
}
