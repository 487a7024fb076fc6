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
    List<Token> tokens = new ArrayList<>(normalized.length() / 5 + 4);
    TokenScanner scanner = new TokenScanner().reset(normalized.chars(), normalized.length());
    NormalizedText.Mapper offsets = normalized.mapper();
    while (scanner.next()) {
      int start = scanner.start();
      int end = scanner.end();
      tokens.add(
          new Token(
              offsets.start(start), offsets.end(end), scanner.type(), normalized, start, end));
    }
    return tokens;
  }
}
