package org.khabar.quote;

import org.khabar.text.Key;
import org.khabar.text.Layer;
import org.khabar.text.Span;

/**
 * Words in quote marks: the span of their content (without the marks), where the marks stand,
 * and what the quotation is.
 *
 * @param start offset of the content's first character
 * @param end offset after the content's last character
 * @param open offset of the opening mark
 * @param close offset of the closing mark, or -1 if the quote is left open (it then runs to
 *     the end of its paragraph, as the Rouhani quote in the Tehran report does)
 * @param kind a reported statement, a scare quote or title, or a longer quotation with no
 *     reporting expression
 */
public record Quotation(int start, int end, int open, int close, Kind kind) implements Span {

  /** The quotations of a document, in text order; a nested quotation follows its outer one. */
  public static final Key<Layer<Quotation>> LAYER = Key.layer("quotations", Quotation.class);

  /** What a quotation is. */
  public enum Kind {
    /** Someone's words, with a reporting expression: انہوں نے کہا کہ ”...“. */
    STATEMENT,
    /** A word or a few in quotes with no reporting expression: ”دہشت گردوں”، فلم "بینگ بینگ". */
    SCARE,
    /** A longer quotation with no reporting expression found (not reported as a statement). */
    UNATTRIBUTED
  }

  public boolean closed() {
    return close >= 0;
  }

  public Quotation withKind(Kind newKind) {
    return new Quotation(start, end, open, close, newKind);
  }
}
