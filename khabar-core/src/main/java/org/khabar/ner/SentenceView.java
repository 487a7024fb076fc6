package org.khabar.ner;

import java.util.List;
import org.khabar.normalize.Punctuation;
import org.khabar.normalize.UrduLetters;
import org.khabar.tokenize.Token;
import org.khabar.tokenize.TokenType;

/**
 * The tokens of one sentence as the features see them: normalized words, their hashes, their
 * shapes, their word classes and their gazetteer matches, worked out once per token.
 */
final class SentenceView {

  final int size;
  final String[] words;
  final long[] hashes;
  final long[] shapes;
  final TokenType[] types;
  final int[] gazetteer;
  final int[] seen;
  final int[] rightClasses;
  final int[] leftClasses;

  SentenceView(List<Token> tokens, Gazetteer lists, WordClusters clusters) {
    this(tokens, lists, Gazetteer.empty(), clusters);
  }

  /**
   * @param seen the names the training annotations hold (see {@link NerModel#seen})
   */
  SentenceView(List<Token> tokens, Gazetteer lists, Gazetteer seen, WordClusters clusters) {
    size = tokens.size();
    words = new String[size];
    hashes = new long[size];
    shapes = new long[size];
    types = new TokenType[size];
    rightClasses = new int[size];
    leftClasses = new int[size];
    for (int i = 0; i < size; i++) {
      Token token = tokens.get(i);
      words[i] = featureWord(token);
      hashes[i] = Hashing.of(words[i]);
      shapes[i] = shape(words[i]);
      types[i] = token.type();
      rightClasses[i] = clusters.rightClass(hashes[i]);
      leftClasses[i] = clusters.leftClass(hashes[i]);
    }
    gazetteer = lists.match(hashes, size);
    this.seen = seen.match(hashes, size);
  }

  /** What every quote mark is to the features (see {@link #featureWord}). */
  static final String QUOTE = "\"";

  /**
   * The word a token is to the features: its normalized form, but every quote mark is one and
   * the same («"», «”», «’», «“», «''»). The training sets write quotes each their own way, and
   * some hardly at all (uner has no «"», jahangir only «'»), while raw news uses them all: a name
   * after a quote mark the model has never seen («کہ "آئی ایم ایف») was missed or taken in with it.
   */
  static String featureWord(Token token) {
    String norm = token.norm();
    return token.type() == TokenType.PUNCT && Punctuation.of(norm).isQuote() ? QUOTE : norm;
  }

  /**
   * The shape of a word: the kinds of its characters with runs collapsed, and its length in
   * buckets. «حلب» is {@code a/3}, «2015ء» is {@code 0a/5}, «BBC» is {@code X/3}, «F-16» is
   * {@code X-0/4}.
   */
  static long shape(String word) {
    long hash = Hashing.SEED;
    char previous = 0;
    for (int i = 0; i < word.length(); i++) {
      char kind = kind(word.charAt(i));
      if (kind != previous) {
        hash = Hashing.mix(hash, kind);
        previous = kind;
      }
    }
    int length = word.length();
    int bucket = length <= 4 ? length : length <= 6 ? 5 : length <= 9 ? 7 : 10;
    return Hashing.mix(hash, bucket);
  }

  private static char kind(char c) {
    if (c >= '0' && c <= '9') {
      return '0';
    }
    if (UrduLetters.isArabicScriptLetter(c)) {
      return 'a';
    }
    if (Character.isUpperCase(c)) {
      return 'X';
    }
    if (Character.isLetter(c)) {
      return 'x';
    }
    return c < 0x80 ? c : '.';
  }
}
