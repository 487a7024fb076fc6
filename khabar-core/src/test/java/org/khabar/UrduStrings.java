package org.khabar;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Generators of text for property tests: any Unicode, and text made mostly of Urdu news. */
public final class UrduStrings {

  private UrduStrings() {}

  /** Any UTF-16 text, unpaired surrogates and control characters included. */
  public static Arbitrary<String> anyText() {
    return Arbitraries.strings().all().ofMaxLength(200);
  }

  /** Characters that the normalizer, the tokenizer and the splitter treat in special ways. */
  private static final String SPECIAL_CHARS =
      "ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنںوہھءیےآأؤئۂۃ" // Urdu letters
          + "يىكهةۀەڪۓ" // Arabic letters used for Urdu ones
          + "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670\u0610\u0615" // diacritics
          + "\u0653\u0654\u0655" // combining madda and hamza
          + "\u0300\u0301\u20DD" // other combining marks
          + "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬٪" // digits and their separators
          + "۔.؟?!…،,؛;:-–—/%#@_&'\"”“‘’″‹›«»„()[]﴾﴿" // punctuation
          + " \t\n\r\u00A0\u2009\u202F\u200B\u200C\u200D\u2028\u2029\u0085" // spaces and joiners
          + "\u0640\uFEFF\u200E\u200F\u00AD\u0000\u0007" // removed characters
          + "ﺅﻻﭘﺎﻛﮰﷲﷺ\uFE70\uFE71" // presentation forms
          + "ABCXabcxyz" // Latin
          + "\uD800\uDC00\uDBFF"; // surrogates, paired or not

  private static final List<String> PIECES =
      List.of(
          "ہے", "۔", "ہیں", "گیا", "کہ", "نے", "کراچی", "حیدرآباد", "اسلام آباد", "ڈاکٹر", "اے",
          "کے", "بی", "ایم", "یکم", "ستمبر", "23", "2015ء", "1.4", "1,000", "4:10", "B350-B-3",
          "2G", "www.khabar.pk", "info@khabar.pk", "#پاکستان", "@BBCUrdu", "”", "“", "\"", "''",
          "(", ")", " - ", "...", "۔۔۔", "؟", "!", "، ", "\n", "\n\n", " ", " ", " ", "دعویٰ",
          "ا\u0653پ", "گۓ", "كيا", "پاکـــستان", "\u200C", "\u00A0", "Dr.", "U.S.", "ہے۔", "گے۔“",
          "ـ", "\uFEFF", "😊", "ﷺ");

  /** Text made of the special characters above, in any order. */
  public static Arbitrary<String> urduHeavyText() {
    return Arbitraries.strings().withChars(SPECIAL_CHARS).ofMaxLength(120);
  }

  /** Text made of words and marks of Urdu news, glued or spaced at random. */
  public static Arbitrary<String> newsLikeText() {
    return Arbitraries.of(PIECES)
        .list()
        .ofMaxSize(40)
        .flatMap(
            pieces ->
                Arbitraries.of("", " ", " ", " ")
                    .list()
                    .ofSize(pieces.size())
                    .map(
                        spaces -> {
                          StringBuilder text = new StringBuilder();
                          for (int i = 0; i < pieces.size(); i++) {
                            text.append(pieces.get(i)).append(spaces.get(i));
                          }
                          return text.toString();
                        }));
  }

  /** Any of the above. */
  public static Arbitrary<String> texts() {
    return Arbitraries.oneOf(anyText(), urduHeavyText(), newsLikeText());
  }
}
