package org.khabar.sentence;

import java.util.List;
import org.khabar.normalize.Punctuation;
import org.khabar.tokenize.Token;
import org.khabar.tokenize.TokenType;

/**
 * Keeps count of the quotes and brackets open at a point of a paragraph, so that a closing mark
 * after a sentence's end stays with that sentence.
 *
 * <p>Urdu typists often open a quote with the "closing" mark (”دہشت گردوں”), so a quote mark's
 * direction is read from where it stands: after a space and before a letter it opens, after a
 * letter or mark and before a space it closes; glued on both sides, it closes between a word and
 * a mark ({@code جیتیں گے“۔}, also after an end mark: {@code ہے؟‘،}) and opens between a mark and
 * a word ({@code کہا:”ہم}); only when that says nothing does its shape decide, and then a closing
 * shape closes only a quote that is open.
 */
final class QuoteTracker {

  private final List<Token> tokens;
  private int openQuotes;
  private int openBrackets;

  QuoteTracker(List<Token> tokens) {
    this.tokens = tokens;
  }

  void reset() {
    openQuotes = 0;
    openBrackets = 0;
  }

  boolean isOpen() {
    return openQuotes > 0;
  }

  boolean isBracketOpen() {
    return openBrackets > 0;
  }

  /** Updates the counts for the punctuation token at {@code i}. */
  void see(int i) {
    Punctuation kind = tokens.get(i).punctuation();
    if (kind == Punctuation.BRACKET_OPENING) {
      openBrackets++;
    } else if (kind == Punctuation.BRACKET_CLOSING) {
      openBrackets = Math.max(0, openBrackets - 1);
    } else if (kind.isQuote()) {
      if (opens(i)) {
        openQuotes++;
      } else {
        openQuotes = Math.max(0, openQuotes - 1);
      }
    }
  }

  /** True if the quote mark at {@code i} would close an open quote. */
  boolean wouldClose(int i) {
    return openQuotes > 0 && !opens(i);
  }

  /** True if the quote mark at {@code i} opens a quote, judged by its neighbours. */
  boolean opens(int i) {
    Token token = tokens.get(i);
    boolean spaceBefore = i == 0 || tokens.get(i - 1).end() < token.start();
    boolean spaceAfter = i + 1 == tokens.size() || token.end() < tokens.get(i + 1).start();
    if (spaceBefore && !spaceAfter) {
      return true;
    }
    if (!spaceBefore && spaceAfter) {
      return false;
    }
    if (!spaceBefore) { // glued on both sides
      Token before = tokens.get(i - 1);
      boolean markAfter = tokens.get(i + 1).type() == TokenType.PUNCT;
      boolean endsSomething =
          before.type() != TokenType.PUNCT || before.punctuation().isSentenceTerminal();
      if (endsSomething && markAfter) {
        return false; // جیتیں گے“۔ and ہے؟‘،
      }
      if (!endsSomething && !markAfter) {
        return true; // کہا:”ہم
      }
    }
    Punctuation kind = token.punctuation();
    if (kind == Punctuation.QUOTE_OPENING) {
      return true;
    }
    if (kind == Punctuation.QUOTE_CLOSING) {
      return openQuotes == 0; // a closing shape closes only what is open: ۔ ’ کیا opens
    }
    return openQuotes == 0;
  }
}
