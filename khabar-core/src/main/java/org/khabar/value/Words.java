package org.khabar.value;

import java.util.Arrays;
import java.util.List;
import org.khabar.tokenize.Token;
import org.khabar.tokenize.TokenType;

/**
 * The words of one sentence as the value grammar sees them: tokens, with the lexicon's phrases
 * made one word (سے زائد، کم از کم، ربیع الاول، سہ پہر) and glued number words split (دوہزارچھ → دو،
 * ہزار، چھ; the parts share their token's span). Each word has its normalized form, what the
 * lexicon knows of it and its span in the original text.
 */
final class Words {

  private int size;
  private String[] norm;
  private WordInfo[] info;
  private int[] start;
  private int[] end;
  private int[] firstToken;
  private int[] lastToken;
  private boolean[] digits;
  private boolean[] punctuation;
  /** The number read at each word, once asked for (see {@link NumberGrammar#parse}). */
  private NumberGrammar.Parsed[] numbers;
  private boolean[] numberRead;

  private Words(int capacity) {
    norm = new String[capacity];
    info = new WordInfo[capacity];
    start = new int[capacity];
    end = new int[capacity];
    firstToken = new int[capacity];
    lastToken = new int[capacity];
    digits = new boolean[capacity];
    punctuation = new boolean[capacity];
  }

  /** The words of {@code tokens[from, to)}. */
  static Words of(List<Token> tokens, int from, int to) {
    ValueLexicon lexicon = ValueLexicon.get();
    Words words = new Words(Math.max(4, to - from + 2));
    int t = from;
    while (t < to) {
      Token token = tokens.get(t);
      String norm = token.norm();
      if (token.type() == TokenType.WORD) {
        WordInfo info = lexicon.info(norm);
        if (info.phrases != null) {
          int phraseEnd = words.addPhrase(lexicon, info.phrases, tokens, t, to);
          if (phraseEnd > t) {
            t = phraseEnd;
            continue;
          }
        }
        String[] parts = info == WordInfo.NONE ? lexicon.splitGlued(norm) : null;
        if (parts != null) {
          for (String part : parts) {
            words.add(part, lexicon.info(part), token, t, t, false);
          }
        } else {
          words.add(norm, info, token, t, t, false);
        }
      } else {
        words.add(norm, WordInfo.NONE, token, t, t, token.type() == TokenType.NUMBER);
        words.punctuation[words.size - 1] = token.type() == TokenType.PUNCT;
      }
      t++;
    }
    return words;
  }

  /** Adds the longest lexicon phrase starting at token {@code t}; returns the token after it. */
  private int addPhrase(
      ValueLexicon lexicon, List<String[]> phrases, List<Token> tokens, int t, int to) {
    for (String[] phrase : phrases) {
      if (t + phrase.length > to) {
        continue;
      }
      boolean matches = true;
      for (int k = 1; k < phrase.length && matches; k++) {
        Token next = tokens.get(t + k);
        matches = next.type() == TokenType.WORD && next.norm().equals(phrase[k]);
      }
      if (matches) {
        String joined = String.join(" ", phrase);
        Token last = tokens.get(t + phrase.length - 1);
        add(joined, lexicon.info(joined), tokens.get(t), t, t + phrase.length - 1, false);
        end[size - 1] = last.end();
        return t + phrase.length;
      }
    }
    return t;
  }

  private void add(
      String word, WordInfo wordInfo, Token token, int first, int last, boolean isDigits) {
    if (size == norm.length) {
      int capacity = size * 2;
      norm = Arrays.copyOf(norm, capacity);
      info = Arrays.copyOf(info, capacity);
      start = Arrays.copyOf(start, capacity);
      end = Arrays.copyOf(end, capacity);
      firstToken = Arrays.copyOf(firstToken, capacity);
      lastToken = Arrays.copyOf(lastToken, capacity);
      digits = Arrays.copyOf(digits, capacity);
      punctuation = Arrays.copyOf(punctuation, capacity);
    }
    norm[size] = word;
    info[size] = wordInfo;
    start[size] = token.start();
    end[size] = token.end();
    firstToken[size] = first;
    lastToken[size] = last;
    digits[size] = isDigits;
    size++;
  }

  int size() {
    return size;
  }

  /** The number read at word {@code i}, read once by {@code reader} and then remembered. */
  NumberGrammar.Parsed number(int i, java.util.function.IntFunction<NumberGrammar.Parsed> reader) {
    if (numbers == null) {
      numbers = new NumberGrammar.Parsed[size];
      numberRead = new boolean[size];
    }
    if (!numberRead[i]) {
      numbers[i] = reader.apply(i);
      numberRead[i] = true;
    }
    return numbers[i];
  }

  /** The normalized word, or "" outside the sentence. */
  String norm(int i) {
    return i >= 0 && i < size ? norm[i] : "";
  }

  /** What the lexicon knows of word {@code i}; {@link WordInfo#NONE} outside the sentence. */
  WordInfo info(int i) {
    return i >= 0 && i < size ? info[i] : WordInfo.NONE;
  }

  boolean has(int i, Role role) {
    return info(i).has(role);
  }

  boolean is(int i, String word) {
    return norm(i).equals(word);
  }

  /** True if word {@code i} is any of {@code words}. */
  boolean isOneOf(int i, String... words) {
    String word = norm(i);
    for (String candidate : words) {
      if (word.equals(candidate)) {
        return true;
      }
    }
    return false;
  }

  /** True if word {@code i} is a number written in digits. */
  boolean isDigits(int i) {
    return i >= 0 && i < size && digits[i];
  }

  boolean isPunctuation(int i) {
    return i >= 0 && i < size && punctuation[i];
  }

  int start(int i) {
    return start[i];
  }

  int end(int i) {
    return end[i];
  }

  /** True if word {@code i} begins a token (it is not the second part of a glued word). */
  boolean startsToken(int i) {
    return i == 0 || lastToken[i - 1] != firstToken[i];
  }

  /** True if word {@code i} ends a token (it is not the first part of a glued word). */
  boolean endsToken(int i) {
    return i == size - 1 || firstToken[i + 1] != lastToken[i];
  }
}
