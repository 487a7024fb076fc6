package org.khabar.lexicon;

/**
 * The common Urdu function words (اور، کے، کی، میں، نے، ہے ...), normalized: words that say
 * little about what a report is about.
 */
public final class StopWords {

  private static final WordList WORDS = WordList.load("stopwords");

  private StopWords() {}

  /** True if the normalized word is a stop word. */
  public static boolean contains(String normalizedWord) {
    return WORDS.contains(normalizedWord);
  }

  /** The list itself. */
  public static WordList list() {
    return WORDS;
  }
}
