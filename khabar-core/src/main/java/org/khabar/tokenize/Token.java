package org.khabar.tokenize;

import java.util.Objects;
import org.khabar.normalize.NormalizedText;
import org.khabar.normalize.Punctuation;
import org.khabar.text.Key;
import org.khabar.text.Layer;
import org.khabar.text.Span;

/**
 * A token: its span in the original text, its normalized form and its type.
 *
 * <p>The normalized form is a view into the document's normalized text, made into a string the
 * first time it is asked for: most tokens of a large archive are never looked at one by one.
 */
public final class Token implements Span {

  public static final Key<Layer<Token>> LAYER = Key.layer("tokens", Token.class);

  private final int start;
  private final int end;
  private final TokenType type;
  private final NormalizedText source;
  private final int normStart;
  private final int normEnd;
  private String norm;

  /** A token whose normalized form is {@code norm}. */
  public Token(int start, int end, String norm, TokenType type) {
    this.start = start;
    this.end = end;
    this.norm = Objects.requireNonNull(norm);
    this.type = Objects.requireNonNull(type);
    this.source = null;
    this.normStart = 0;
    this.normEnd = 0;
  }

  /** A token whose normalized form is {@code normalized[normStart, normEnd)}. */
  Token(int start, int end, TokenType type, NormalizedText normalized, int normStart, int normEnd) {
    this.start = start;
    this.end = end;
    this.type = type;
    this.source = normalized;
    this.normStart = normStart;
    this.normEnd = normEnd;
  }

  /** Offset of the first character in the original text. */
  @Override
  public int start() {
    return start;
  }

  /** Offset after the last character in the original text. */
  @Override
  public int end() {
    return end;
  }

  /** The normalized form (see {@link org.khabar.normalize.UrduNormalizer}). */
  public String norm() {
    String result = norm;
    if (result == null) {
      result = source.substring(normStart, normEnd);
      norm = result;
    }
    return result;
  }

  /** What punctuation this token is ({@link Punctuation#NONE} for words and numbers). */
  public Punctuation punctuation() {
    if (type != TokenType.PUNCT && type != TokenType.SYMBOL) {
      return Punctuation.NONE;
    }
    return source != null
        ? Punctuation.of(source.chars(), normStart, normEnd)
        : Punctuation.of(norm);
  }

  public TokenType type() {
    return type;
  }

  public boolean isWord() {
    return type == TokenType.WORD || type == TokenType.LATIN;
  }

  public boolean isPunctuation() {
    return type == TokenType.PUNCT;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Token token
        && start == token.start
        && end == token.end
        && type == token.type
        && norm().equals(token.norm());
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, type, norm());
  }

  @Override
  public String toString() {
    return "Token[" + start + ", " + end + ", " + norm() + ", " + type + "]";
  }
}
