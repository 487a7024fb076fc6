package org.khabar.value;

/**
 * What the value lexicon knows of one normalized word, for stages outside this package, so that
 * the number words are listed once ({@code number-words.tsv}, {@code value-words.tsv}).
 */
public final class NumberWords {

  private NumberWords() {}

  /**
   * True for the multipliers of numbers and their spellings: «سو» (100), «ہزار» (1000), «لاکھ»
   * (100,000), «کروڑ» and «کڑوڑ» (10 million), «ارب» (a billion), «کھرب» (100 billion).
   */
  public static boolean isMultiplier(String normalizedWord) {
    return ValueLexicon.get().info(normalizedWord).has(Role.MULTIPLIER);
  }

  /**
   * True for the words that are a number by themselves: the cardinals and their spellings
   * («پینتیس» 35، «اکیاون» 51) and the fractions that stand alone («ڈیڑھ» 1.5، «ڈھائی» 2.5).
   */
  public static boolean isNumber(String normalizedWord) {
    WordInfo info = ValueLexicon.get().info(normalizedWord);
    return info.has(Role.CARDINAL) || info.has(Role.FRACTION);
  }
}
