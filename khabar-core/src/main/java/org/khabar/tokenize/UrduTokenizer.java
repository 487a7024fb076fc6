package org.khabar.tokenize;

import java.util.ArrayList;
import java.util.List;
import org.khabar.normalize.NormalizedText;

/**
 * Splits a normalized text into {@link Token}s whose spans point into the original text. The
 * rules are those of {@link TokenScanner}.
 */
public final class UrduTokenizer {

  private UrduTokenizer() {}

  /** The tokens of {@code normalized}, with offsets into the original text. */
  public static List<Token> tokenize(NormalizedText normalized) {
    String text = normalized.text();
    List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
    TokenScanner scanner = new TokenScanner().reset(text);
    while (scanner.next()) {
      int start = scanner.start();
      int end = scanner.end();
      tokens.add(
          new Token(
              normalized.originalStart(start),
              normalized.originalEnd(end),
              text.substring(start, end),
              scanner.type()));
    }
    return tokens;
  }
}
