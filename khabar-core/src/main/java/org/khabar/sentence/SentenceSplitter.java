package org.khabar.sentence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.khabar.normalize.Punctuation;
import org.khabar.tokenize.Token;
import org.khabar.tokenize.TokenType;

/**
 * Finds sentences in a token sequence. The rules, each with an example:
 *
 * <ul>
 *   <li>A sentence ends at ۔ . ؟ ? ! and … — also when no space follows: {@code نہیں کرسکتے۔ہمیں}
 *       ends after {@code ۔}.
 *   <li>A line break ends a sentence (a paragraph break in news text).
 *   <li>A comma after the closing quote of a quoted sentence means the sentence goes on: {@code
 *       ”ہم امن چاہتے ہیں۔“، وزیر اعظم نے کہا۔} is one sentence.
 *   <li>More end marks right after the end belong to the sentence, spaced or not: {@code کیا
 *       واقعی؟!}, and a stray second stop in {@code آرام گاہیں ہیں۔ ۔}.
 *   <li>Closing quote marks and brackets right after the end belong to the sentence they close:
 *       {@code کہا کہ ”ہم جیتیں گے۔“} is one sentence up to {@code “}; so does a quote mark glued
 *       to the end that does not open a quote, even when its opening mark is on an earlier line:
 *       {@code ہم اپنے مؤقف پر قائم ہیں۔“ اجلاس ختم ہو گیا۔}
 *   <li>Not inside numbers ({@code 1.4}, {@code 24.3}: the tokenizer keeps them whole), nor after
 *       initials written with a stop, glued or spaced ({@code اے۔ کے۔ بروہی}, {@code اے ۔ کے ۔
 *       بروہی}, {@code A. K. Brohi}, {@code (ایم۔ڈی)}), nor after a title abbreviated with a stop
 *       ({@code ڈاکٹر۔ قدیر}, {@code Dr. Qadeer}).
 *   <li>Not after the number that opens a paragraph, a list item: {@code ۱۔ ماؤنٹ آبو کی سب سے
 *       اونچی چوٹی ہے۔}
 *   <li>Not at a stop used as a dash: after a place name ({@code ہند۔ ماریشیس تعلقات}), listed or
 *       known by its ending ({@code حیدرآباد۔ لوک مانیا تلک ایکسپریس}, {@code بہاولپور۔ ملتان
 *       سیکشن}: see {@link SentenceLexicon#hasPlaceEnding}), or in a dateline ({@code ڈھاکہ ۔ یکم
 *       دسمبر (اے پی پی)}, {@code انچیون ۔ 23 ستمبر}); but a stop before a line break ends the
 *       sentence. A run of stops after the place that opens a paragraph ends the dateline's place,
 *       not a sentence: {@code کراچی ۔۔۔ اسٹاف رپورٹر:}.
 *   <li>A dash with spaces around it ends a sentence when the word before it closes a clause or a
 *       quote closes before it: {@code تلاش کیا جا رہا ہے - آج}; not in {@code 2001 - 2002}.
 * </ul>
 */
public final class SentenceSplitter {

  private final String text;
  private final List<Token> tokens;
  private final int[] lineBreaks;
  private final QuoteTracker quotes;

  private SentenceSplitter(String text, List<Token> tokens) {
    this.text = text;
    this.tokens = tokens;
    this.lineBreaks = lineBreaks(text);
    this.quotes = new QuoteTracker(tokens);
  }

  /** The sentences of {@code tokens} over {@code text}, the original text they point into. */
  public static List<Sentence> split(String text, List<Token> tokens) {
    return new SentenceSplitter(text, tokens).split();
  }

  private List<Sentence> split() {
    List<Sentence> sentences = new ArrayList<>();
    int first = 0;
    int paragraphStart = 0;
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      Token token = tokens.get(i);
      if (i > 0 && lineBreakBetween(tokens.get(i - 1), token)) {
        if (i > first) {
          sentences.add(sentence(first, i));
          first = i;
        }
        paragraphStart = i;
        quotes.reset();
      }
      if (token.type() != TokenType.PUNCT) {
        continue;
      }
      quotes.see(i);
      if (endsSentence(i, i - paragraphStart)) {
        int last = i;
        while (last + 1 < n && belongsToEnd(last + 1)) {
          last++;
          quotes.see(last);
        }
        if (last + 1 < n && continuesAfterEnd(last + 1)) {
          i = last;
          continue;
        }
        sentences.add(sentence(first, last + 1));
        first = last + 1;
        i = last;
      }
    }
    if (first < n) {
      sentences.add(sentence(first, n));
    }
    return sentences;
  }

  private Sentence sentence(int first, int end) {
    return new Sentence(tokens.get(first).start(), tokens.get(end - 1).end(), first, end);
  }

  private static int[] lineBreaks(String text) {
    int[] breaks = new int[8];
    int count = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        if (count == breaks.length) {
          breaks = Arrays.copyOf(breaks, count * 2);
        }
        breaks[count++] = k;
      }
    }
    return Arrays.copyOf(breaks, count);
  }

  private boolean lineBreakBetween(Token before, Token after) {
    if (lineBreaks.length == 0 || before.end() == after.start()) {
      return false;
    }
    int k = Arrays.binarySearch(lineBreaks, before.end());
    int next = k >= 0 ? k : -k - 1;
    return next < lineBreaks.length && lineBreaks[next] < after.start();
  }

  private boolean endsSentence(int i, int inParagraph) {
    Punctuation kind = tokens.get(i).punctuation();
    if (kind == Punctuation.DASH) {
      return isClauseEndingDash(i);
    }
    if (!kind.isSentenceTerminal()) {
      return false;
    }
    if (kind == Punctuation.FULL_STOP && i > 0 && i + 1 < tokens.size()) {
      return !isAbbreviationStop(i) && !isDashStop(i, inParagraph) && !isListNumber(i, inParagraph);
    }
    if (kind == Punctuation.ELLIPSIS && i > 0 && i + 1 < tokens.size()) {
      return !isDatelineStops(i, inParagraph);
    }
    return true;
  }

  /** The most words a dateline's place has before its run of stops. */
  private static final int MAX_DATELINE_PLACE_WORDS = 3;

  /**
   * A run of stops after the place that opens a paragraph, as some papers end a dateline's place:
   * {@code کراچی ۔۔۔ اسٹاف رپورٹر:}، {@code کراچی۔۔۔(نمائندہ خصوصی)}.
   */
  private boolean isDatelineStops(int i, int inParagraph) {
    return inParagraph <= MAX_DATELINE_PLACE_WORDS
        && !lineBreakBetween(tokens.get(i), tokens.get(i + 1))
        && tokens.get(i - 1).type() == TokenType.WORD
        && followsPlaceName(i);
  }

  /**
   * A stop after the number that opens a paragraph, with the item on the same line: a list item,
   * {@code ۱۔ ماؤنٹ آبو کی سب سے اونچی چوٹی}, {@code 2. دوسرا نکتہ}.
   */
  private boolean isListNumber(int i, int inParagraph) {
    return inParagraph == 1
        && tokens.get(i - 1).type() == TokenType.NUMBER
        && !lineBreakBetween(tokens.get(i), tokens.get(i + 1));
  }

  /**
   * A stop after initials or an abbreviated title, with more of the sentence on the same line. A
   * Latin abbreviation has its dot glued to it ({@code Dr.}); Urdu typists also space the stop
   * ({@code اے ۔ کے ۔ بروہی}, {@code ڈاکٹر ۔ قدیر}), as they do at sentence ends.
   */
  private boolean isAbbreviationStop(int i) {
    Token stop = tokens.get(i);
    Token before = tokens.get(i - 1);
    Token after = tokens.get(i + 1);
    if (lineBreakBetween(stop, after)) {
      return false;
    }
    String word = before.norm();
    if (before.type() == TokenType.LATIN) {
      if (before.end() != stop.start()) {
        return false;
      }
      String lower = word.toLowerCase(Locale.ROOT);
      return SentenceLexicon.LATIN_ABBREVIATIONS.contains(lower)
          || (word.length() == 1 && Character.isUpperCase(word.charAt(0)));
    }
    if (before.type() != TokenType.WORD) {
      return false;
    }
    if (SentenceLexicon.TITLES.contains(word) && after.type() == TokenType.WORD) {
      return true;
    }
    if (SentenceLexicon.LETTER_NAMES.contains(word)) {
      boolean initialFollows =
          i + 2 < tokens.size()
              && SentenceLexicon.LETTER_NAMES.contains(after.norm())
              && isStop(tokens.get(i + 2));
      boolean initialPrecedes =
          i >= 3
              && isStop(tokens.get(i - 2))
              && SentenceLexicon.LETTER_NAMES.contains(tokens.get(i - 3).norm());
      boolean gluedInitials = before.end() == stop.start() && stop.end() == after.start()
          && SentenceLexicon.LETTER_NAMES.contains(after.norm());
      return initialFollows || initialPrecedes || gluedInitials;
    }
    return false;
  }

  /**
   * A stop used as a dash after a place name or in a dateline: {@code ڈھاکہ ۔ یکم دسمبر (اے پی
   * پی)}, {@code ہند۔ ماریشیس تعلقات}, {@code حیدرآباد۔ لوک مانیا تلک}.
   */
  private boolean isDashStop(int i, int inParagraph) {
    if (lineBreakBetween(tokens.get(i), tokens.get(i + 1))) {
      return false;
    }
    Token before = tokens.get(i - 1);
    if (before.type() != TokenType.WORD || SentenceLexicon.isClauseFinal(before.norm())) {
      return false;
    }
    return followsPlaceName(i) || inParagraph <= 3 && startsWithDate(i + 1);
  }

  /** True if the word or two words before token {@code i} name a place. */
  private boolean followsPlaceName(int i) {
    String before = tokens.get(i - 1).norm();
    return SentenceLexicon.isPlace(before)
        || SentenceLexicon.hasPlaceEnding(before)
        || (i >= 2 && SentenceLexicon.isPlace(tokens.get(i - 2).norm() + " " + before));
  }

  /** A day and a month: {@code 23 ستمبر}, {@code یکم دسمبر}. */
  private boolean startsWithDate(int i) {
    if (i + 1 >= tokens.size()) {
      return false;
    }
    Token day = tokens.get(i);
    boolean isDay =
        day.type() == TokenType.NUMBER && day.norm().length() <= 2 || day.norm().equals("یکم");
    return isDay && SentenceLexicon.MONTHS.contains(tokens.get(i + 1).norm());
  }

  private static boolean isStop(Token token) {
    return token.type() == TokenType.PUNCT && token.punctuation() == Punctuation.FULL_STOP;
  }

  /**
   * A dash with spaces around it after a clause-final word or a closing quote: {@code تلاش کیا
   * جا رہا ہے - آج}. Not between numbers or names: {@code 2001 - 2002}, {@code پاکستان - ایران}.
   */
  private boolean isClauseEndingDash(int i) {
    if (i == 0) {
      return false;
    }
    Token dash = tokens.get(i);
    Token before = tokens.get(i - 1);
    boolean spaced =
        before.end() < dash.start()
            && (i + 1 == tokens.size() || dash.end() < tokens.get(i + 1).start());
    if (!spaced) {
      return false;
    }
    if (before.type() == TokenType.WORD) {
      return SentenceLexicon.isClauseFinal(before.norm());
    }
    return before.punctuation().isQuote() && !quotes.opens(i - 1);
  }

  /**
   * True if the sentence goes on after its end mark and closing quote: a comma follows the quote
   * on the same line, as after a quoted sentence in reported speech: {@code ”ہم امن چاہتے ہیں۔“،
   * وزیر اعظم نے کہا۔} A comma right after a stop, with no quote between, is a slip of the typist
   * and the sentence still ends: {@code تمام کر دیا۔،اٹلی کی}.
   */
  private boolean continuesAfterEnd(int j) {
    Token token = tokens.get(j);
    Token before = tokens.get(j - 1);
    return token.type() == TokenType.PUNCT
        && token.punctuation() == Punctuation.COMMA
        && before.punctuation().isQuote()
        && !lineBreakBetween(before, token);
  }

  /** True if the token at {@code j}, just after a sentence's end, still belongs to it. */
  private boolean belongsToEnd(int j) {
    Token token = tokens.get(j);
    Token previous = tokens.get(j - 1);
    if (token.type() != TokenType.PUNCT || lineBreakBetween(previous, token)) {
      return false;
    }
    Punctuation kind = token.punctuation();
    boolean glued = previous.end() == token.start();
    if (kind.isSentenceTerminal()) {
      return true; // ؟! and a stray second stop: ہیں۔ ۔ is one sentence, not two
    }
    if (kind.isQuote()) {
      return quotes.wouldClose(j) || (glued && (quotes.isOpen() || !quotes.opens(j)));
    }
    if (kind == Punctuation.BRACKET_CLOSING) {
      return glued || quotes.isBracketOpen();
    }
    return false;
  }
}
