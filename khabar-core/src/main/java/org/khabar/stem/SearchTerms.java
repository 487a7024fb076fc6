package org.khabar.stem;

/**
 * The form under which a normalized word is searched and compared: stemmed, then reduced to its
 * consonant skeleton, as the Urdu analyzer indexes it. Forms of one word that a rewrite changes
 * meet: کھلاڑیوں and کھلاڑی، ٹوئنٹی and ٹونٹی.
 */
public final class SearchTerms {

  private static final UrduStemmer STEMMER = new UrduStemmer();
  private static final UrduVowelFolder FOLDER = new UrduVowelFolder();

  private SearchTerms() {}

  /** The search form of {@code normalizedWord}. */
  public static String of(String normalizedWord) {
    char[] chars = normalizedWord.toCharArray();
    int length = STEMMER.stem(chars, chars.length);
    length = FOLDER.fold(chars, length);
    return new String(chars, 0, length);
  }
}
