package org.khabar.coref;

import java.util.ArrayList;
import java.util.List;
import org.khabar.normalize.UrduNormalizer;

/**
 * A spelling-blind key for names, so that the spellings of one name common in the Urdu press
 * meet: پوتین، پیوٹن and پوتن all have the key {@code پتن}; وزیراعظم and وزیر اعظم the same key.
 *
 * <p>The key of a word is its normalized form with:
 *
 * <ul>
 *   <li>the long-vowel and glide letters dropped: ا آ و ی ے ئ ء ؤ (پوتین → پتن، روحانی → رحن،
 *       ایران → رن), except و and ی that start a word, where they are consonants (وزیر → وزر);
 *   <li>a final ہ or ۃ after a consonant dropped, since it writes a vowel (اوبامہ → بم);
 *   <li>the aspiration letter ھ dropped (بھٹی → بٹ);
 *   <li>the retroflex letters folded into the dental ones, which transliterations of foreign
 *       names use interchangeably: ٹ → ت، ڈ → د، ڑ → ر (پیوٹن → پتن);
 *   <li>letters that sound alike folded: ث ص → س، ذ ض ظ → ز، ط → ت، ح → ہ، ں → ن (ثنا → سن);
 *   <li>doubled letters made single.
 * </ul>
 *
 * <p>The key of a name is the keys of its words joined without spaces, so joined and spaced
 * forms meet (وزیراعظم، وزیر اعظم → وزرعزم), and brackets are no part of it: «مسلم لیگ (ن)» and
 * «مسلم لیگ ن» are one party.
 */
public final class NameKey {

  private NameKey() {}

  private static final java.util.regex.Pattern WORD_BREAKS =
      java.util.regex.Pattern.compile("[\\s\\u200C\\-‐،,()]+");

  /** The key of a whole name: its words' keys joined. */
  public static String of(String name) {
    StringBuilder key = new StringBuilder();
    for (String word : words(name)) {
      key.append(word);
    }
    return key.toString();
  }

  /** The key of each word of {@code name}, in order (empty keys left out). */
  public static List<String> words(String name) {
    List<String> keys = new ArrayList<>();
    for (String word : WORD_BREAKS.split(UrduNormalizer.normalizeWord(name))) {
      String key = ofWord(word);
      if (!key.isEmpty()) {
        keys.add(key);
      }
    }
    return keys;
  }

  /** The words of {@code name} as written (normalized), split where {@link #words} splits it. */
  public static List<String> writtenWords(String name) {
    List<String> words = new ArrayList<>();
    for (String word : WORD_BREAKS.split(UrduNormalizer.normalizeWord(name))) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /** The key of one normalized word. */
  static String ofWord(String word) {
    StringBuilder key = new StringBuilder(word.length());
    int length = word.length();
    while (length > 1 && isFinalVowelHeh(word.charAt(length - 1))
        && !isVowel(word.charAt(length - 2))) {
      length--;
      break;
    }
    for (int i = 0; i < length; i++) {
      char c = fold(word.charAt(i));
      if (c == 0) {
        continue;
      }
      if (isVowel(c) && !(i == 0 && (c == 'و' || c == 'ی'))) {
        continue;
      }
      if (key.length() > 0 && key.charAt(key.length() - 1) == c) {
        continue;
      }
      key.append(c);
    }
    return key.toString();
  }

  private static boolean isFinalVowelHeh(char c) {
    return c == 'ہ' || c == 'ۃ' || c == 'ة';
  }

  private static boolean isVowel(char c) {
    return switch (c) {
      case 'ا', 'آ', 'أ', 'إ', 'و', 'ی', 'ے', 'ئ', 'ء', 'ؤ', 'ى', 'ي', 'ۓ' -> true;
      default -> false;
    };
  }

  private static char fold(char c) {
    return switch (c) {
      case 'ھ' -> 0;
      case 'ٹ', 'ط' -> 'ت';
      case 'ڈ' -> 'د';
      case 'ڑ' -> 'ر';
      case 'ث', 'ص' -> 'س';
      case 'ذ', 'ض', 'ظ' -> 'ز';
      case 'ح' -> 'ہ';
      case 'ں' -> 'ن';
      case 'ۂ', 'ۃ' -> 'ہ';
      case 'ك' -> 'ک';
      default -> Character.isLetterOrDigit(c) ? c : 0;
    };
  }

  /**
   * True if the two names are the same by their keys: equal keys, or every word of the shorter
   * name found, in order, among the words of the longer (روحانی in حسن روحانی; پوتین in ولادی
   * میر پوتین).
   */
  public static boolean sameName(String a, String b) {
    List<String> wa = words(a);
    List<String> wb = words(b);
    if (wa.isEmpty() || wb.isEmpty()) {
      return false;
    }
    if (String.join("", wa).equals(String.join("", wb))) {
      return true;
    }
    List<String> shorter = wa.size() <= wb.size() ? wa : wb;
    List<String> longer = shorter == wa ? wb : wa;
    int from = 0;
    for (String word : shorter) {
      int found = longer.subList(from, longer.size()).indexOf(word);
      if (found < 0) {
        return false;
      }
      from += found + 1;
    }
    return true;
  }
}
