package org.khabar.spark.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.khabar.archive.ReportFacts;
import org.khabar.text.Document;
import org.khabar.tokenize.Token;
import org.khabar.tokenize.TokenType;

/** The two views of a report compared by {@code eval lsh}: word 3-grams and content words. */
public final class WordSets {

  private WordSets() {}

  /** The set of content words (as the archive's MinHash sees them). */
  public static Set<String> contentWords(Document document) {
    return new HashSet<>(ReportFacts.of(document).words());
  }

  /** The set of 3-grams of all normalized words, stop words included. */
  public static Set<String> wordTrigrams(Document document) {
    List<String> words = new ArrayList<>();
    for (Token token : document.get(Token.LAYER)) {
      if (token.type() != TokenType.PUNCT) {
        words.add(token.norm());
      }
    }
    Set<String> grams = new HashSet<>();
    for (int i = 0; i + 3 <= words.size(); i++) {
      grams.add(words.get(i) + " " + words.get(i + 1) + " " + words.get(i + 2));
    }
    return grams;
  }

  /** The Jaccard similarity of two sets (0 for two empty sets). */
  public static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int shared = 0;
    for (String item : small) {
      if (large.contains(item)) {
        shared++;
      }
    }
    return (double) shared / (a.size() + b.size() - shared);
  }
}
