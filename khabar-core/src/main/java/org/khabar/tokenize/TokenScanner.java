package org.khabar.tokenize;

import java.text.Normalizer;
import org.khabar.normalize.Punctuation;
import org.khabar.normalize.UrduLetters;
import org.khabar.normalize.UrduNormalizer;

/**
 * Finds the tokens of a normalized text, one at a time. The rules, each with an example:
 *
 * <ul>
 *   <li>Whitespace separates tokens; so do ZWNJ and zero-width space, which normalization turns
 *       into spaces.
 *   <li>A word is a run of Urdu letters, with an underscore joining two parts of one word as in
 *       the treebank's {@code کریں_گے}.
 *   <li>A case marker or the copula glued to the next word is split off: {@code نےکہا} → {@code
 *       نے | کہا}, {@code کااعلان} → {@code کا | اعلان}, {@code میںپاکستانی} → {@code میں |
 *       پاکستانی} ({@link GluedMarkers}); so is the ergative «نے» glued to a name before a verb
 *       of saying: {@code نثارنے کہا} → {@code نثار | نے | کہا} ({@link GluedErgative}). The
 *       models learn from the words as written ({@link #asWritten}).
 *   <li>Digits glued to letters are split off: {@code ستمبر2015ء} → {@code ستمبر | 2015ء}, {@code
 *       میں63اور} → {@code میں | 63 | اور}, {@code 5وکٹوں} → {@code 5 | وکٹوں}.
 *   <li>A number keeps its separators when a digit follows them: {@code 1.4}, {@code 1,000}, {@code
 *       4:10}, {@code 12/05/2015}, {@code 2014-15}, {@code 2015–16} (en dash), {@code 13۔2012},
 *       and the year marker after it: {@code 2015ء}; a comma only before a group of two or three
 *       digits ({@code 10,50,000}), so {@code 6-3,3-6} is two scores and a comma.
 *   <li>A word in Latin (or any other) script keeps inner hyphens, dots, underscores and
 *       apostrophes, and digits glued to it: {@code B350-B-3}, {@code P.D}, {@code 2G}.
 *   <li>Web addresses, e-mail addresses, hashtags and user names are one token each.
 *   <li>A phrase ligature, which normalization keeps whole, is a symbol of its own: {@code اکرمﷺ}
 *       → {@code اکرم | ﷺ}.
 *   <li>The percent and per-mille signs are symbols, not punctuation: {@code 5%} → {@code 5 | %}.
 *   <li>Every other mark is a token of its own; a run of one repeated mark is one token: {@code
 *       ''}, {@code ...}, {@code ۔۔۔}, {@code !!}.
 * </ul>
 *
 * <p>A scanner is reusable but not thread-safe: one per thread.
 */
public final class TokenScanner {

  private static final byte SPACE = 0;
  private static final byte URDU = 1;
  private static final byte LETTER = 2;
  private static final byte DIGIT = 3;
  private static final byte MARK = 4;
  private static final byte PUNCT = 5;
  private static final byte SYMBOL = 6;
  private static final byte SURROGATE = 7;

  private static final byte[] CLASS = new byte[0x10000];

  static {
    for (int c = 0; c < 0x10000; c++) {
      CLASS[c] = classify((char) c);
    }
  }

  private final boolean repairs;
  private char[] text = new char[0];
  private int length;
  private int position;
  private int start;
  private int end;
  private TokenType type;

  /** A scanner that also splits glued words ({@link GluedMarkers}, {@link GluedErgative}). */
  public TokenScanner() {
    this(true);
  }

  private TokenScanner(boolean repairs) {
    this.repairs = repairs;
  }

  /**
   * A scanner that takes the words as written, without splitting glued words: what the models
   * learn from (see {@link UrduTokenizer#tokenizeAsWritten}).
   */
  public static TokenScanner asWritten() {
    return new TokenScanner(false);
  }

  /** Starts scanning {@code normalizedText} from its beginning. */
  public TokenScanner reset(CharSequence normalizedText) {
    return reset(normalizedText.toString().toCharArray(), normalizedText.length());
  }

  /** Starts scanning {@code chars[0, length)}, a normalized text, from its beginning. */
  public TokenScanner reset(char[] chars, int length) {
    this.text = chars;
    this.length = length;
    this.position = 0;
    return this;
  }

  /** Start of the current token in the normalized text. */
  public int start() {
    return start;
  }

  /** End of the current token in the normalized text. */
  public int end() {
    return end;
  }

  public TokenType type() {
    return type;
  }

  /** Moves to the next token; false at the end of the text. */
  public boolean next() {
    int i = position;
    while (i < length && CLASS[text[i]] == SPACE) {
      i++;
    }
    if (i >= length) {
      position = length;
      return false;
    }
    start = i;
    char c = text[i];
    switch (CLASS[c]) {
      case URDU -> scanWordOrSpecial(i);
      case DIGIT -> scanNumberOrSpecial(i);
      case LETTER -> scanLatinOrSpecial(i);
      case PUNCT, SYMBOL, MARK -> scanMark(i);
      case SURROGATE -> {
        end = i + 1 < length && Character.isSurrogatePair(c, text[i + 1]) ? i + 2 : i + 1;
        type = TokenType.SYMBOL;
      }
      default -> throw new AssertionError();
    }
    position = end;
    return true;
  }

  private void scanWordOrSpecial(int i) {
    end = scanUrduWord(i);
    type = TokenType.WORD;
    if (!repairs) {
      return;
    }
    end = GluedMarkers.firstWordEnd(text, i, end);
    if (GluedErgative.mayEndInErgative(text, i, end) && gluedErgativeFollows(end)) {
      end -= 2; // «نثارنے کہا» → نثار | نے | کہا
    }
  }

  /** True if the words after {@code end} show that the «نے» before it is the ergative. */
  private boolean gluedErgativeFollows(int end) {
    int[] next = nextUrduWord(end);
    if (next == null) {
      return false;
    }
    int[] afterNext = nextUrduWord(next[1]);
    return GluedErgative.isErgativeBefore(new String(text, next[0], next[1] - next[0]),
        afterNext == null ? null : new String(text, afterNext[0], afterNext[1] - afterNext[0]));
  }

  /** The span of the Urdu word after the spaces from {@code from}, or null if none is there. */
  private int[] nextUrduWord(int from) {
    int i = from;
    while (i < length && CLASS[text[i]] == SPACE) {
      i++;
    }
    return i < length && CLASS[text[i]] == URDU ? new int[] {i, scanUrduWord(i)} : null;
  }

  private int scanUrduWord(int i) {
    int j = i + 1;
    while (j < length) {
      char c = text[j];
      byte cls = CLASS[c];
      if (cls == URDU || cls == MARK) {
        j++;
      } else if (c == '_' && j + 1 < length && CLASS[text[j + 1]] == URDU) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  private void scanNumberOrSpecial(int i) {
    int email = emailEnd(i);
    if (email > 0) {
      end = email;
      type = TokenType.EMAIL;
      return;
    }
    int j = scanDigits(i);
    while (j + 1 < length
        && isNumberSeparator(text[j])
        && CLASS[text[j + 1]] == DIGIT
        && (text[j] != ',' || isDigitGroup(j + 1))) {
      j = scanDigits(j + 1);
    }
    if (j < length && CLASS[text[j]] == LETTER) {
      end = scanLatin(j);
      type = TokenType.LATIN; // an alphanumeric code: 2G, 3D
      return;
    }
    if (j < length && text[j] == UrduLetters.HAMZA) {
      j++; // the year marker: 2015ء
    }
    end = j;
    type = TokenType.NUMBER;
  }

  private int scanDigits(int i) {
    int j = i;
    while (j < length && CLASS[text[j]] == DIGIT) {
      j++;
    }
    return j;
  }

  /**
   * True if two or three digits start at {@code i}: a group after a thousands or lakh comma
   * ({@code 1,000}, {@code 10,50,000}). A comma before one digit or four is a list comma: {@code
   * 6-3,3-6,7-6} is three scores.
   */
  private boolean isDigitGroup(int i) {
    int digits = scanDigits(i) - i;
    return digits == 2 || digits == 3;
  }

  private static boolean isNumberSeparator(char c) {
    return c == '.' || c == ',' || c == ':' || c == '/' || c == '-' || c == '\u2013'
        || c == '\u06D4';
  }

  private void scanLatinOrSpecial(int i) {
    int url = urlEnd(i);
    if (url > 0) {
      end = url;
      type = TokenType.URL;
      return;
    }
    int email = emailEnd(i);
    if (email > 0) {
      end = email;
      type = TokenType.EMAIL;
      return;
    }
    end = scanLatin(i);
    type = TokenType.LATIN;
  }

  private int scanLatin(int i) {
    int j = i;
    while (j < length) {
      char c = text[j];
      byte cls = CLASS[c];
      if (cls == LETTER || cls == DIGIT || (cls == MARK && j > i)) {
        j++;
      } else if (isLatinConnector(c)
          && j > i
          && j + 1 < length
          && (CLASS[text[j + 1]] == LETTER || CLASS[text[j + 1]] == DIGIT)
          && !isAbbreviationBeforeNumber(j)) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  /**
   * True if the stop at {@code j} ends an abbreviation written with its number: Rs.500، No.1 →
   * Rs | . | 500. A stop between digits (1.5) or letters (U.S.) joins them.
   */
  private boolean isAbbreviationBeforeNumber(int j) {
    return text[j] == '.' && CLASS[text[j - 1]] == LETTER && CLASS[text[j + 1]] == DIGIT;
  }

  private static boolean isLatinConnector(char c) {
    return c == '-' || c == '.' || c == '_' || c == '\'' || c == '&' || c == '\u2019';
  }

  private void scanMark(int i) {
    char c = text[i];
    if (c == '#' && i + 1 < length && isHashtagChar(text[i + 1])) {
      int j = i + 1;
      while (j < length && isHashtagChar(text[j])) {
        j++;
      }
      end = j;
      type = TokenType.HASHTAG;
      return;
    }
    if (c == '@' && i + 1 < length && isAsciiAlnum(text[i + 1])) {
      int j = i + 1;
      while (j < length && (isAsciiAlnum(text[j]) || text[j] == '_')) {
        j++;
      }
      end = j;
      type = TokenType.MENTION;
      return;
    }
    int j = i + 1;
    Punctuation kind = Punctuation.of(c);
    if (CLASS[c] == MARK) {
      while (j < length && CLASS[text[j]] == MARK) {
        j++;
      }
    } else if (kind != Punctuation.BRACKET_OPENING && kind != Punctuation.BRACKET_CLOSING) {
      while (j < length && text[j] == c) {
        j++;
      }
    }
    end = j;
    type = CLASS[c] == PUNCT ? TokenType.PUNCT : TokenType.SYMBOL;
  }

  private static boolean isHashtagChar(char c) {
    byte cls = CLASS[c];
    return cls == URDU || cls == LETTER || cls == DIGIT || cls == MARK || c == '_';
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** End of a web address starting at {@code i}, or 0. */
  private int urlEnd(int i) {
    int scheme = schemeLength(i);
    if (scheme == 0) {
      return 0;
    }
    int j = i + scheme;
    while (j < length && isUrlChar(text[j])) {
      j++;
    }
    while (j > i + scheme && isUrlTrailingMark(text[j - 1])) {
      j--;
    }
    return j > i + scheme ? j : 0;
  }

  private int schemeLength(int i) {
    for (String scheme : new String[] {"https://", "http://", "ftp://", "www."}) {
      if (regionMatchesIgnoreCase(i, scheme)) {
        return scheme.length();
      }
    }
    return 0;
  }

  private boolean regionMatchesIgnoreCase(int i, String prefix) {
    if (i + prefix.length() > length) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (Character.toLowerCase(text[i + k]) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUrlChar(char c) {
    byte cls = CLASS[c];
    if (cls == LETTER || cls == DIGIT || cls == URDU || cls == MARK) {
      return true;
    }
    return c < 0x80 && c > ' ' && "<>\"'`".indexOf(c) < 0;
  }

  private static boolean isUrlTrailingMark(char c) {
    return ".,;:!?)]}".indexOf(c) >= 0;
  }

  /** End of an e-mail address starting at {@code i}, or 0. */
  private int emailEnd(int i) {
    int j = i;
    while (j < length && isEmailLocalChar(text[j])) {
      j++;
    }
    if (j == i || j >= length || text[j] != '@') {
      return 0;
    }
    int domainStart = ++j;
    int lastDot = -1;
    while (j < length) {
      char c = text[j];
      if (isAsciiAlnum(c) || c == '-') {
        j++;
      } else if (c == '.' && j + 1 < length && isAsciiAlnum(text[j + 1]) && j > domainStart) {
        lastDot = j;
        j++;
      } else {
        break;
      }
    }
    return lastDot > domainStart && j - lastDot > 2 ? j : 0;
  }

  private static boolean isEmailLocalChar(char c) {
    return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  /**
   * The class of an Arabic presentation form that normalization keeps: a phrase ligature is a
   * symbol of its own ({@code اکرمﷺ} → {@code اکرم | ﷺ}); an isolated diacritic such as ﹰ stays
   * with its word, as a mark.
   */
  private static byte keptPresentationForm(char c) {
    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
    return decomposed.isEmpty() || decomposed.charAt(0) == ' ' ? MARK : SYMBOL;
  }

  private static byte classify(char c) {
    if (Character.isSurrogate(c)) {
      return SURROGATE;
    }
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return SPACE;
    }
    if (c >= '0' && c <= '9') {
      return DIGIT;
    }
    if (c >= '\uFB50' && c <= '\uFEFE' && UrduNormalizer.isNormalized(String.valueOf(c))
        && Character.isLetter(c)) {
      return keptPresentationForm(c);
    }
    if (UrduLetters.isArabicScriptLetter(c)) {
      return URDU;
    }
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK) {
      return MARK;
    }
    if (Character.isLetterOrDigit(c)) {
      return LETTER; // letters of other scripts; digits of other scripts are normalized away
    }
    if (c == '%' || c == '\u066A' || c == '\u2030' || c == '\u2031') {
      return SYMBOL; // 5% ۸٪: a unit sign, though Unicode files it as punctuation
    }
    return switch (type) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION -> PUNCT;
      default -> SYMBOL; // symbols, and format or control characters left in the text
    };
  }
}
