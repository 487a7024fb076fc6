package org.khabar.ner;

import java.util.List;
import org.khabar.tokenize.Token;

/** Words of a sentence as the lists match them: «ڈیرہ اسماعیل خان», token norms and spaces. */
final class WordPhrases {

  private WordPhrases() {}

  /** The norms of tokens {@code [first, end)} joined by one space. */
  static String of(List<Token> words, int first, int end) {
    StringBuilder phrase = new StringBuilder();
    for (int i = first; i < end; i++) {
      phrase.append(i > first ? " " : "").append(words.get(i).norm());
    }
    return phrase.toString();
  }
}
