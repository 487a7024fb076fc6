package org.khabar.ner;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.khabar.lexicon.WordList;
import org.khabar.tokenize.Token;

/**
 * A hand-written list of names of several words, keyed as the tokenizer reads them, and found in a
 * sentence longest first: {@code organizations.txt} («حزب اللہ»), {@code persons.txt} («جو
 * بائیڈن»).
 */
final class PhraseList {

  private final Set<String> phrases;
  private final Set<String> firstWords;
  private final int longest;

  private PhraseList(Set<String> phrases) {
    this.phrases = phrases;
    this.firstWords =
        phrases.stream().map(name -> name.split(" ")[0]).collect(Collectors.toUnmodifiableSet());
    this.longest = phrases.stream().mapToInt(name -> name.split(" ").length).max().orElse(0);
  }

  /** The lexicon list {@code name} ({@link WordList}), each entry keyed as the tokenizer reads it. */
  static PhraseList load(String name) {
    return new PhraseList(WordList.load(name).entries().stream()
        .map(Gazetteer.Builder::key).collect(Collectors.toUnmodifiableSet()));
  }

  /** True if the phrase, its token norms joined by one space, is listed. */
  boolean contains(String phrase) {
    return phrases.contains(phrase);
  }

  /** The end of the longest listed name starting at word {@code first}, or {@code first}. */
  int longestAt(List<Token> words, int first) {
    int end = first;
    if (!firstWords.contains(words.get(first).norm())) {
      return end;
    }
    StringBuilder phrase = new StringBuilder();
    for (int j = first; j < words.size() && j - first < longest; j++) {
      if (j > first) {
        phrase.append(' ');
      }
      phrase.append(words.get(j).norm());
      if (phrases.contains(phrase.toString())) {
        end = j + 1;
      }
    }
    return end;
  }
}
