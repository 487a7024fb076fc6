package org.khabar.stem;

/**
 * Reduces a word to its consonant skeleton, for search: the long-vowel letters {@code ا ی و ئ}
 * after the first letter are dropped from words of at least {@value #MIN_LENGTH} letters. Urdu
 * writes its long vowels inconsistently, most of all in names and English loanwords: ٹوئنٹی،
 * ٹوینٹی، ٹونٹی → ٹنٹ؛ ملائیشیا، ملایئشیا → ملشش؛ ٹرافی، ٹرفی → ٹرف؛ راجر، روجر → رجر. The first
 * letter stays, so a word that starts with a vowel (اعلان، ایران، اوپن) keeps it.
 *
 * <p>It conflates more than it should for display (شہری and شہر meet, as a stemmer would make
 * them), so it belongs only in an index and its queries. Plain Java, no Lucene types; {@link
 * UrduVowelFoldingFilter} applies it to terms, which must already be normalized.
 */
public final class UrduVowelFolder {

  /** Shorter words are left as they are. */
  public static final int MIN_LENGTH = 4;

  private static final char ALEF = '\u0627'; // ا
  private static final char YEH = '\u06CC'; // ی
  private static final char WAW = '\u0648'; // و
  private static final char YEH_HAMZA = '\u0626'; // ئ

  /** Folds {@code s[0, len)} in place; returns the new length. */
  public int fold(char[] s, int len) {
    if (len < MIN_LENGTH) {
      return len;
    }
    int kept = 1;
    for (int i = 1; i < len; i++) {
      char c = s[i];
      if (c != ALEF && c != YEH && c != WAW && c != YEH_HAMZA) {
        s[kept++] = c;
      }
    }
    return kept;
  }
}
