package org.khabar.stem;

/**
 * Folds spellings that Urdu writers use interchangeably but that normalization keeps apart,
 * because they are distinct letters: for search, not for display. Plain Java, no Lucene types;
 * {@link UrduSearchFoldingFilter} applies it to terms, which must already be normalized.
 *
 * <ul>
 *   <li>The izafat hamza over he: {@code ۂ → ہ} (نقطۂ نظر → نقطہ نظر).
 *   <li>Hamza before bari ye after a consonant is a ye: {@code ئے → یے} (لئے → لیے، کئے → کیے،
 *       چاہئے → چاہیے); a hamza after ye is dropped: {@code یئ → ی} (دیئے → دیے، چاہیئے → چاہیے).
 *       After a vowel letter the hamza is a real glide and stays: جائے، ہوئے.
 *   <li>Do-chashmi he after ن، م، ل, where writers use it and choti he alike, is choti he: انھوں
 *       → انہوں، انھیں → انہیں، تمھارا → تمہارا. After the stops and affricates it marks
 *       aspiration and stays: کھا ≠ کہا.
 * </ul>
 */
public final class UrduSearchFolder {

  private static final char HEH_GOAL = '\u06C1'; // ہ
  private static final char HEH_GOAL_HAMZA = '\u06C2'; // ۂ
  private static final char YEH_HAMZA = '\u0626'; // ئ
  private static final char YEH = '\u06CC'; // ی
  private static final char YEH_BARREE = '\u06D2'; // ے
  private static final char DO_CHASHMI_HEH = '\u06BE'; // ھ
  private static final char NOON = '\u0646'; // ن
  private static final char MEEM = '\u0645'; // م
  private static final char LAM = '\u0644'; // ل

  /** Folds {@code s[0, len)} in place; returns the new length. */
  public int fold(char[] s, int len) {
    for (int i = 0; i < len; i++) {
      switch (s[i]) {
        case HEH_GOAL_HAMZA -> s[i] = HEH_GOAL;
        case YEH_HAMZA -> {
          if (i > 0 && s[i - 1] == YEH) {
            System.arraycopy(s, i + 1, s, i, len - i - 1);
            len--;
            i--;
          } else if (i > 0 && i + 1 < len && s[i + 1] == YEH_BARREE && isConsonant(s[i - 1])) {
            s[i] = YEH;
          }
        }
        case DO_CHASHMI_HEH -> {
          if (i > 0 && (s[i - 1] == NOON || s[i - 1] == MEEM || s[i - 1] == LAM)) {
            s[i] = HEH_GOAL;
          }
        }
        default -> { }
      }
    }
    return len;
  }

  /** An Urdu letter that is not one of the vowel letters ا آ و ی ے or a hamza. */
  private static boolean isConsonant(char c) {
    return c >= '\u0628' && c <= '\u06D1'
        && "\u0627\u0622\u0648\u0624\u06CC\u06D2\u0626\u0621".indexOf(c) < 0;
  }
}
