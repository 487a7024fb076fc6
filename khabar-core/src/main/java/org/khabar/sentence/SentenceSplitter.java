package org.khabar.sentence;

import java.util.ArrayList;
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
 *   <li>Closing quote marks and brackets right after the end belong to the sentence they close:
 *       {@code کہا کہ ”ہم جیتیں گے۔“} is one sentence up to {@code “}.
 *   <li>Not inside numbers ({@code 1.4}, {@code 24.3}: the tokenizer keeps them whole), nor after
 *       initials written with a stop ({@code اے۔ کے۔ بروہی}, {@code A. K. Brohi}), nor after a
 *       title abbreviated with a stop ({@code ڈاکٹر۔ قدیر}, {@code Dr. Qadeer}).
 *   <li>A dash with spaces around it ends a sentence when the word before it closes a clause:
 *       {@code تلاش کیا جا رہا ہے - آج}.
 * </ul>
 */
public final class SentenceSplitter {

  private SentenceSplitter() {}

  /** The sentences of {@code tokens} over {@code text}, the original text they point into. */
  public static List<Sentence> split(String text, List<Token> tokens) {
    List<Sentence> sentences = new ArrayList<>();
    QuoteTracker quotes = new QuoteTracker(text);
    int first = 0;
    int paragraphStart = 0;
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      Token token = tokens.get(i);
      if (i > 0 && lineBreakBetween(text, tokens.get(i - 1), token)) {
        if (i > first) {
          sentences.add(sentence(tokens, first, i));
          first = i;
        }
        paragraphStart = i;
        quotes.reset();
      }
      quotes.see(tokens, i);
      if (endsSentence(text, tokens, i, i - paragraphStart, quotes)) {
        int last = i;
        while (last + 1 < n && belongsToEnd(text, tokens, last + 1, quotes)) {
          last++;
          quotes.see(tokens, last);
        }
        sentences.add(sentence(tokens, first, last + 1));
        first = last + 1;
        i = last;
      }
    }
    if (first < n) {
      sentences.add(sentence(tokens, first, n));
    }
    return sentences;
  }

  private static Sentence sentence(List<Token> tokens, int first, int end) {
    return new Sentence(tokens.get(first).start(), tokens.get(end - 1).end(), first, end);
  }

  static boolean lineBreakBetween(String text, Token before, Token after) {
    for (int k = before.end(); k < after.start(); k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        return true;
      }
    }
    return false;
  }

  private static boolean endsSentence(
      String text, List<Token> tokens, int i, int inParagraph, QuoteTracker quotes) {
    Token token = tokens.get(i);
    if (token.type() != TokenType.PUNCT) {
      return false;
    }
    Punctuation kind = Punctuation.of(token.norm());
    if (kind == Punctuation.DASH) {
      return isClauseEndingDash(tokens, i, quotes);
    }
    if (!kind.isSentenceTerminal()) {
      return false;
    }
    if (kind == Punctuation.FULL_STOP && i > 0 && i + 1 < tokens.size()) {
      return !isAbbreviationStop(text, tokens, i) && !isDatelineStop(text, tokens, i, inParagraph);
    }
    return true;
  }

  /** A stop after initials or an abbreviated title, with more of the sentence on the same line. */
  private static boolean isAbbreviationStop(String text, List<Token> tokens, int i) {
    Token before = tokens.get(i - 1);
    Token after = tokens.get(i + 1);
    if (lineBreakBetween(text, tokens.get(i), after) || before.end() != tokens.get(i).start()) {
      return false;
    }
    String word = before.norm();
    if (before.type() == TokenType.LATIN) {
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
      return initialFollows || initialPrecedes;
    }
    return false;
  }

  /**
   * A stop used as a dash after a place name or in a dateline: {@code ڈھاکہ ۔ یکم دسمبر (اے پی
   * پی)}, {@code ہند۔ ماریشیس تعلقات}.
   */
  private static boolean isDatelineStop(String text, List<Token> tokens, int i, int inParagraph) {
    if (i == 0 || lineBreakBetween(text, tokens.get(i), tokens.get(i + 1))) {
      return false;
    }
    Token before = tokens.get(i - 1);
    if (before.type() != TokenType.WORD || SentenceLexicon.isClauseFinal(before.norm())) {
      return false;
    }
    if (SentenceLexicon.isPlace(before.norm())
        || (i >= 2 && SentenceLexicon.isPlace(tokens.get(i - 2).norm() + " " + before.norm()))) {
      return true;
    }
    return inParagraph <= 3 && startsWithDate(tokens, i + 1);
  }

  /** A day and a month: {@code 23 ستمبر}, {@code یکم دسمبر}. */
  private static boolean startsWithDate(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size()) {
      return false;
    }
    Token day = tokens.get(i);
    boolean isDay = day.type() == TokenType.NUMBER && day.norm().length() <= 2
        || day.norm().equals("یکم");
    return isDay && SentenceLexicon.MONTHS.contains(tokens.get(i + 1).norm());
  }

  private static boolean isStop(Token token) {
    return token.type() == TokenType.PUNCT && Punctuation.of(token.norm()) == Punctuation.FULL_STOP;
  }

  /**
   * A dash with spaces around it after a clause-final word or a closing quote: {@code تلاش کیا
   * جا رہا ہے - آج}. Not between numbers or names: {@code 2001 - 2002}, {@code پاکستان - ایران}.
   */
  private static boolean isClauseEndingDash(List<Token> tokens, int i, QuoteTracker quotes) {
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
    return Punctuation.of(before.norm()).isQuote() && !quotes.opens(tokens, i - 1);
  }

  /** True if the token at {@code j}, just after a sentence's end, still belongs to it. */
  private static boolean belongsToEnd(String text, List<Token> tokens, int j, QuoteTracker quotes) {
    Token token = tokens.get(j);
    Token previous = tokens.get(j - 1);
    if (token.type() != TokenType.PUNCT || lineBreakBetween(text, previous, token)) {
      return false;
    }
    Punctuation kind = Punctuation.of(token.norm());
    boolean glued = previous.end() == token.start();
    if (kind.isSentenceTerminal()) {
      return glued || kind != Punctuation.FULL_STOP;
    }
    if (kind.isQuote()) {
      return quotes.wouldClose(tokens, j) || (glued && quotes.isOpen());
    }
    if (kind == Punctuation.BRACKET_CLOSING) {
      return glued || quotes.isBracketOpen();
    }
    return false;
  }
}
