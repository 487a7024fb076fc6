package org.khabar.tokenize;

import org.khabar.normalize.UrduLetters;

/**
 * Function words glued to the next word where the missing space does not show on the page,
 * because their last letter joins no letter after it. Each rule, with an example:
 *
 * <ul>
 *   <li>A case marker or the copula ending in «ے» (نے، کے، سے، ہے) glued to the next word: {@code
 *       نےکہا} → {@code نے | کہا}, {@code کےخلاف} → {@code کے | خلاف}, {@code ہےکہ} → {@code ہے
 *       | کہ}. «ے» is never written inside a word. The next word must have two letters or more
 *       besides «ھ», so the old typesetting's «ہےں» (ہیں) stays whole; «گا/گی/گے» after a verb
 *       are not among these (the treebank writes {@code جائےگا} as one word).
 *   <li>«کا» glued to a word that starts with «ا» or «آ»: {@code کااعلان} → {@code کا | اعلان}; no
 *       Urdu word starts «کاا».
 *   <li>A word ending in «ں» glued to the next: {@code میںپاکستانی} → {@code میں | پاکستانی},
 *       {@code کھلاڑیوںکو} → {@code کھلاڑیوں | کو}. «ں» is written only at a word's end; the
 *       conjunctions {@code کیوںکہ} and {@code کیوںکر}, one word in the treebank, stay whole.
 * </ul>
 *
 * <p>One word of the old typesetting is split wrongly: «سےکرٹری» (secretary, with a medial «ے»).
 */
final class GluedMarkers {

  private GluedMarkers() {}

  private static final char NOON = '\u0646'; // ن
  private static final char SEEN = '\u0633'; // س
  private static final char NOON_GHUNNA = '\u06BA'; // ں

  /** The end of the first word glued inside the Urdu word {@code [i, end)}, or {@code end}. */
  static int firstWordEnd(char[] text, int i, int end) {
    if (end - i < 4) {
      return end; // every rule needs two letters on each side
    }
    if (isGluedMarker(text, i, end) || isGluedKa(text, i, end)) {
      return i + 2;
    }
    int noonGhunna = medialNoonGhunna(text, i, end);
    return noonGhunna > 0 ? noonGhunna + 1 : end;
  }

  private static boolean isGluedMarker(char[] text, int i, int end) {
    if (text[i + 1] != UrduLetters.YEH_BARREE) {
      return false;
    }
    char first = text[i];
    if (first != NOON && first != UrduLetters.KEHEH && first != SEEN
        && first != UrduLetters.HEH_GOAL) {
      return false;
    }
    return startsWord(text[i + 2]) && lettersFrom(text, i + 2, end) >= 2;
  }

  private static boolean isGluedKa(char[] text, int i, int end) {
    if (text[i] != UrduLetters.KEHEH || text[i + 1] != UrduLetters.ALEF) {
      return false;
    }
    char next = text[i + 2];
    return (next == UrduLetters.ALEF || next == UrduLetters.ALEF_MADDA)
        && lettersFrom(text, i + 2, end) >= 2;
  }

  private static int medialNoonGhunna(char[] text, int i, int end) {
    for (int k = i + 1; k < end - 1; k++) {
      if (text[k] == NOON_GHUNNA) {
        boolean word = startsWord(text[k + 1]) && lettersFrom(text, k + 1, end) >= 2;
        return word && !is(text, i, end, "کیوںکہ") && !is(text, i, end, "کیوںکر") ? k : -1;
      }
    }
    return -1;
  }

  /** True if {@code c} may start a word: a letter, but not «ں», «ئ» or «ء». */
  private static boolean startsWord(char c) {
    return UrduLetters.isArabicScriptLetter(c) && c != NOON_GHUNNA && c != UrduLetters.YEH_HAMZA
        && c != UrduLetters.HAMZA;
  }

  private static boolean is(char[] text, int i, int end, String word) {
    return end - i == word.length() && new String(text, i, end - i).equals(word);
  }

  /** The letters of {@code [from, end)} other than «ھ», which only marks aspiration. */
  private static int lettersFrom(char[] text, int from, int end) {
    int letters = 0;
    for (int k = from; k < end; k++) {
      if (UrduLetters.isArabicScriptLetter(text[k]) && text[k] != UrduLetters.HEH_DOACHASHMEE) {
        letters++;
      }
    }
    return letters;
  }
}
