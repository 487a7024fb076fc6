package org.khabar.quote;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.khabar.normalize.Punctuation;
import org.khabar.text.Document;
import org.khabar.tokenize.Token;

/**
 * Pairs the quote marks of a document into quotations, whatever marks the typist used.
 *
 * <ul>
 *   <li>Marks come in two families, double (" “ ” « » '' ″) and single (' ‘ ’ ‹ › ′); a mark of
 *       a family closes the open quotation of the same family, else it opens one. So the same
 *       mark can open and close (”دہشت گردوں”), reversed marks work (’پانچ دن ...‘), and single
 *       quotes nest inside double ones (”... ’ایران‘ ...”).
 *   <li>A quotation still open at the end of its paragraph (a line break) runs to the
 *       paragraph's end: کہا ہے کہ ”شامی فوج کی فتح ... روکنا ہو گا۔⏎. A mark that starts the
 *       next paragraph and is followed by a space closes it instead (...رہیں گے۔⏎‘ اس حکم).
 *   <li>A quotation with no content is dropped, as is a mark with nothing after it.
 * </ul>
 */
public final class QuoteMarks {

  private QuoteMarks() {}

  private record Open(int token, boolean single) {}

  /** The quotations of {@code document} (which has tokens), by start; kind not yet decided. */
  public static List<Quotation> find(Document document) {
    String text = document.text();
    List<Token> tokens = document.get(Token.LAYER);
    List<Quotation> found = new ArrayList<>();
    Deque<Open> open = new ArrayDeque<>();
    int previousEnd = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      int newline = text.indexOf('\n', previousEnd);
      boolean newParagraph = newline >= 0 && newline < token.start();
      previousEnd = token.end();
      if (!token.punctuation().isQuote()) {
        if (newParagraph) {
          closeAtParagraphEnd(open, tokens, text, newline, found);
        }
        continue;
      }
      boolean single = isSingle(document.textOf(token));
      if (newParagraph) {
        boolean spaceAfter = i + 1 == tokens.size() || tokens.get(i + 1).start() > token.end();
        Open pending = top(open, single);
        if (pending != null && spaceAfter) {
          open.remove(pending);
          add(found, tokens, text, pending.token(), i, lastEnd(tokens, i), token.start());
          closeAtParagraphEnd(open, tokens, text, newline, found);
          continue;
        }
        closeAtParagraphEnd(open, tokens, text, newline, found);
      }
      Open same = top(open, single);
      if (same != null) {
        while (!open.isEmpty()) {
          Open inner = open.pop();
          if (inner == same) {
            break;
          }
          add(found, tokens, text, inner.token(), -1, lastEnd(tokens, i), -1);
        }
        add(found, tokens, text, same.token(), i, lastEnd(tokens, i), token.start());
      } else {
        open.push(new Open(i, single));
      }
    }
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    while (!open.isEmpty()) {
      add(found, tokens, text, open.pop().token(), -1, end, -1);
    }
    found.sort(Comparator.comparingInt(Quotation::start).thenComparingInt(Quotation::end));
    return found;
  }

  private static void closeAtParagraphEnd(
      Deque<Open> open, List<Token> tokens, String text, int newline, List<Quotation> found) {
    int end = newline;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    while (!open.isEmpty()) {
      add(found, tokens, text, open.pop().token(), -1, end, -1);
    }
  }

  /** The end of the token before {@code i}. */
  private static int lastEnd(List<Token> tokens, int i) {
    return i > 0 ? tokens.get(i - 1).end() : tokens.get(i).start();
  }

  private static Open top(Deque<Open> open, boolean single) {
    for (Open o : open) {
      if (o.single() == single) {
        return o;
      }
    }
    return null;
  }

  private static void add(
      List<Quotation> found, List<Token> tokens, String text, int openToken, int closeToken,
      int contentEnd, int closeOffset) {
    Token mark = tokens.get(openToken);
    int start = mark.end();
    int end = Math.max(start, contentEnd);
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end <= start) {
      return;
    }
    found.add(new Quotation(start, end, mark.start(), closeToken >= 0 ? closeOffset : -1,
        Quotation.Kind.UNATTRIBUTED));
  }

  /** True for the single-quote family: ' ‘ ’ ‚ ‛ ‹ › ′ `. */
  static boolean isSingle(String mark) {
    char c = mark.charAt(0);
    if (c == '\'' && mark.length() > 1) {
      return false; // '' stands for a double quote
    }
    return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B'
        || c == '\u2039' || c == '\u203A' || c == '\u2032' || c == '`';
  }

  /** True if the token is a quote mark. */
  static boolean isMark(Token token) {
    return token.punctuation() != Punctuation.NONE && token.punctuation().isQuote();
  }
}
