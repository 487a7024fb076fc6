package org.khabar.app.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.khabar.sentence.Sentence;
import org.khabar.text.Document;
import org.khabar.text.Layer;
import org.khabar.tokenize.Token;

/**
 * Token and sentence F1 the way the CoNLL 2018 UD shared task scores them: gold and system
 * tokens are aligned on the string of non-space characters, and a token (or sentence) counts
 * when both its ends match.
 */
public final class TokenScore {

  /** The counts behind the scores. */
  public record Result(
      int goldTokens,
      int systemTokens,
      int matchedTokens,
      int goldSentences,
      int systemSentences,
      int matchedSentences) {

    public double tokenF1() {
      return f1(matchedTokens, goldTokens, systemTokens);
    }

    public double sentenceF1() {
      return f1(matchedSentences, goldSentences, systemSentences);
    }

    public double tokenPrecision() {
      return ratio(matchedTokens, systemTokens);
    }

    public double tokenRecall() {
      return ratio(matchedTokens, goldTokens);
    }

    public double sentencePrecision() {
      return ratio(matchedSentences, systemSentences);
    }

    public double sentenceRecall() {
      return ratio(matchedSentences, goldSentences);
    }
  }

  /** A span over the non-space characters. */
  record Range(long start, long end) {}

  private TokenScore() {}

  /**
   * Scores the tokens and sentences of {@code system}, an analysis of the gold sentences' text,
   * against {@code gold}.
   */
  public static Result score(List<Conllu.Sentence> gold, Document system) {
    Set<Range> goldTokens = new HashSet<>();
    Set<Range> goldSentences = new HashSet<>();
    long position = 0;
    for (Conllu.Sentence sentence : gold) {
      long sentenceStart = position;
      for (String form : sentence.forms()) {
        int length = nonSpaceLength(form);
        if (length > 0) {
          goldTokens.add(new Range(position, position + length));
          position += length;
        }
      }
      if (position > sentenceStart) {
        goldSentences.add(new Range(sentenceStart, position));
      }
    }
    int[] nonSpaceBefore = nonSpaceBefore(system.text());
    Set<Range> systemTokens = new HashSet<>();
    for (Token token : system.get(Token.LAYER)) {
      Range range = new Range(nonSpaceBefore[token.start()], nonSpaceBefore[token.end()]);
      if (range.end() > range.start()) {
        systemTokens.add(range);
      }
    }
    Set<Range> systemSentences = new HashSet<>();
    Layer<Sentence> sentences = system.get(Sentence.LAYER);
    for (Sentence sentence : sentences) {
      systemSentences.add(
          new Range(nonSpaceBefore[sentence.start()], nonSpaceBefore[sentence.end()]));
    }
    return new Result(
        goldTokens.size(),
        systemTokens.size(),
        intersection(goldTokens, systemTokens),
        goldSentences.size(),
        systemSentences.size(),
        intersection(goldSentences, systemSentences));
  }

  /** {@code result[i]}: how many non-space characters come before offset {@code i}. */
  static int[] nonSpaceBefore(String text) {
    int[] result = new int[text.length() + 1];
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      result[i] = count;
      if (!isSpace(text.charAt(i))) {
        count++;
      }
    }
    result[text.length()] = count;
    return result;
  }

  static int nonSpaceLength(String form) {
    int length = 0;
    for (int i = 0; i < form.length(); i++) {
      if (!isSpace(form.charAt(i))) {
        length++;
      }
    }
    return length;
  }

  /** Whitespace as Python's {@code str.split()} sees it, which the reference scorer uses. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u0085'
        || (c >= '\u001C' && c <= '\u001F');
  }

  private static int intersection(Set<Range> a, Set<Range> b) {
    int count = 0;
    for (Range range : a) {
      if (b.contains(range)) {
        count++;
      }
    }
    return count;
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  static double f1(int matched, int gold, int system) {
    double precision = ratio(matched, system);
    double recall = ratio(matched, gold);
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }
}
