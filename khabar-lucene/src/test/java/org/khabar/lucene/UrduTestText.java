package org.khabar.lucene;

import java.util.Random;

/** Random text made of Urdu letters and the characters that normalization and tokens care about. */
final class UrduTestText {

  private static final String CHARS =
      "ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنںوہھءیےئؤآۂۃ" // letters
          + "\u0653\u0654\u064B\u064E\u0670\u0640" // madda, hamza above, diacritics, tatweel
          + "كيهﺅﻻ" // Arabic letters, presentation forms
          + "0123456789۰۱۲۳٣" // digits
          + "۔،؟!.,:-'\"()" // punctuation
          + "  \n\u200C\u200B\u00A0" // spaces, ZWNJ, zero-width space, no-break space
          + "BCabc@#_/%"; // Latin and symbols

  private UrduTestText() {}

  static String random(Random random, int maxLength) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(CHARS.charAt(random.nextInt(CHARS.length())));
    }
    return text.toString();
  }
}
