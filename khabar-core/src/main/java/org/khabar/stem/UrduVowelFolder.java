package org.khabar.stem;

/**
 * Reduces a word to its consonant skeleton, for search: the long-vowel letters {@code ا ی و ئ ؤ}
 * after the first letter are dropped from words of at least {@value #MIN_LENGTH} letters. Urdu
 * writes its long vowels inconsistently, most of all in names and English loanwords: ٹوئنٹی،
 * ٹوینٹی، ٹونٹی → ٹنٹ؛ ملائیشیا، ملایئشیا → ملشش؛ ٹرافی، ٹرفی → ٹرف؛ راجر، روجر → رجر؛ راؤنڈ،
 * راونڈ → رنڈ. The first letter stays, so a word that starts with a vowel (اعلان، ایران، اوپن)
 * keeps it, except the alif the press may put before an English s-cluster: اسٹار، سٹار → سٹر؛ اسکور، سکور → سکر؛
 * اسپورٹس، سپورٹس → سپرٹس. Urdu has no word of its own that starts with «اسٹ», and «اسک» and
 * «اسپ» start its own words only as «اس» glued to a case marker (اسکا، اسکی، اسکے: four
 * letters), so the alif goes only from words of five letters or more that start so.
 *
 * <p>It conflates more than it should for display (شہری and شہر meet, as a stemmer would make
 * them), so it belongs only in an index and its queries. Plain Java, no Lucene types; {@link
 * UrduVowelFoldingFilter} applies it to terms, which must already be normalized. A shorter word
 * keeps its vowels, but its «ؤ» is «و»: آؤٹ، آوٹ → آوٹ.
 */
public final class UrduVowelFolder {

  /** Shorter words are left as they are. */
  public static final int MIN_LENGTH = 4;

  private static final char ALEF = '\u0627'; // ا
  private static final char YEH = '\u06CC'; // ی
  private static final char WAW = '\u0648'; // و
  private static final char YEH_HAMZA = '\u0626'; // ئ
  private static final char WAW_HAMZA = '\u0624'; // ؤ
  private static final char SEEN = '\u0633'; // س
  private static final char TTEH = '\u0679'; // ٹ
  private static final char KEHEH = '\u06A9'; // ک
  private static final char PEH = '\u067E'; // پ

  /** Words this long or longer may lose the alif before an s-cluster. */
  static final int MIN_PROTHESIS_LENGTH = 5;

  /** Folds {@code s[0, len)} in place; returns the new length. */
  public int fold(char[] s, int len) {
    if (len < MIN_LENGTH) {
      for (int i = 1; i < len; i++) {
        if (s[i] == WAW_HAMZA) {
          s[i] = WAW; // آؤٹ، آوٹ → آوٹ
        }
      }
      return len;
    }
    int from = 0;
    if (len >= MIN_PROTHESIS_LENGTH && s[0] == ALEF && s[1] == SEEN
        && (s[2] == TTEH || s[2] == KEHEH || s[2] == PEH)) {
      from = 1;
      s[0] = SEEN;
    }
    int kept = 1;
    for (int i = from + 1; i < len; i++) {
      char c = s[i];
      if (c != ALEF && c != YEH && c != WAW && c != YEH_HAMZA && c != WAW_HAMZA) {
        s[kept++] = c;
      }
    }
    return kept;
  }
}
