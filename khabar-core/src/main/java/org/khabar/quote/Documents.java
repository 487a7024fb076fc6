package org.khabar.quote;

import java.util.Set;

/**
 * The documents in which a report says something is said: {@code رپورٹ میں کہا گیا}، {@code ایک
 * بیان میں کہا گیا}. Such a document is where the words stand, not who spoke them, so the
 * archive does not file it as a speaker.
 */
public final class Documents {

  static final Set<String> NOUNS =
      Set.of("رپورٹ", "بیان", "سروے", "خط", "پیغام", "پمفلیٹ", "اعلامیہ", "اعلامیے", "دستاویز",
          "دستاویزات", "تحقیق", "جائزے", "جائزہ", "ٹویٹ", "انٹرویو", "خبر", "مضمون", "ریلیز",
          "قرارداد", "حکم", "درخواست");

  private Documents() {}

  /**
   * True if a speaker phrase (normalized words, spaced) names a document, by its last word:
   * {@code جاری کردہ بیان}، {@code رپورٹ}; not {@code پولیس حکام}.
   */
  public static boolean isDocument(String phrase) {
    String last = phrase.substring(phrase.lastIndexOf(' ') + 1);
    return NOUNS.contains(last);
  }
}
