package org.khabar.normalize;

/**
 * What a punctuation mark is, whichever of its variants a text uses. Urdu text mixes the Urdu
 * marks with Latin ones, and Urdu typists often use a "closing" quote mark to open a quote
 * (”دہشت گردوں”), so quote marks are told apart only as opening-shaped, closing-shaped or
 * symmetric, never trusted for direction.
 */
public enum Punctuation {
  /** ۔ (Urdu full stop) and . */
  FULL_STOP,
  /** ؟ and ? */
  QUESTION,
  /** ! */
  EXCLAMATION,
  /** … */
  ELLIPSIS,
  /** ، and , */
  COMMA,
  /** ؛ and ; */
  SEMICOLON,
  /** : */
  COLON,
  /** “ ‘ « ‹ „ ‚ */
  QUOTE_OPENING,
  /** ” ’ » › */
  QUOTE_CLOSING,
  /** " ' ″ ′ ` and their doubled forms such as '' */
  QUOTE_SYMMETRIC,
  /** - ‐ ‒ – — ― */
  DASH,
  /** ( [ { ﴿ */
  BRACKET_OPENING,
  /** ) ] } ﴾ */
  BRACKET_CLOSING,
  /** Any other mark or symbol. */
  OTHER,
  /** Not punctuation. */
  NONE;

  private static final Punctuation[] KINDS = new Punctuation[0x10000];

  static {
    for (int c = 0; c < 0x10000; c++) {
      KINDS[c] = classify((char) c);
    }
  }

  /** The kind of the mark {@code c}. */
  public static Punctuation of(char c) {
    return KINDS[c];
  }

  private static Punctuation classify(char c) {
    return switch (c) {
      case '\u06D4', '.' -> FULL_STOP;
      case '\u061F', '?' -> QUESTION;
      case '!' -> EXCLAMATION;
      case '\u2026' -> ELLIPSIS;
      case '\u060C', ',' -> COMMA;
      case '\u061B', ';' -> SEMICOLON;
      case ':' -> COLON;
      case '\u201C', '\u2018', '\u00AB', '\u2039', '\u201E', '\u201A' -> QUOTE_OPENING;
      case '\u201D', '\u2019', '\u00BB', '\u203A' -> QUOTE_CLOSING;
      case '"', '\'', '\u2033', '\u2032', '`', '\u201F', '\u201B' -> QUOTE_SYMMETRIC;
      case '-', '\u2010', '\u2012', '\u2013', '\u2014', '\u2015' -> DASH;
      case '(', '[', '{', '\uFD3F' -> BRACKET_OPENING;
      case ')', ']', '}', '\uFD3E' -> BRACKET_CLOSING;
      default -> isPunctuationOrSymbol(c) ? OTHER : NONE;
    };
  }

  /** The kind of a whole punctuation token: a run of one mark counts as that mark ('' is a quote). */
  public static Punctuation of(CharSequence token) {
    if (token.length() == 0) {
      return NONE;
    }
    Punctuation first = of(token.charAt(0));
    for (int i = 1; i < token.length(); i++) {
      if (of(token.charAt(i)) != first) {
        return OTHER;
      }
    }
    if (first == FULL_STOP && token.length() > 1) {
      return ELLIPSIS; // ... and ۔۔۔
    }
    return first;
  }

  /** The kind of the token {@code chars[start, end)}, as {@link #of(CharSequence)}. */
  public static Punctuation of(char[] chars, int start, int end) {
    if (end <= start) {
      return NONE;
    }
    Punctuation first = KINDS[chars[start]];
    for (int i = start + 1; i < end; i++) {
      if (KINDS[chars[i]] != first) {
        return OTHER;
      }
    }
    return first == FULL_STOP && end - start > 1 ? ELLIPSIS : first;
  }

  public boolean isQuote() {
    return this == QUOTE_OPENING || this == QUOTE_CLOSING || this == QUOTE_SYMMETRIC;
  }

  /** Marks that end a sentence: ۔ . ؟ ? ! and ellipses. */
  public boolean isSentenceTerminal() {
    return this == FULL_STOP || this == QUESTION || this == EXCLAMATION || this == ELLIPSIS;
  }

  private static boolean isPunctuationOrSymbol(char c) {
    return switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.MATH_SYMBOL,
          Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL -> true;
      default -> false;
    };
  }
}
