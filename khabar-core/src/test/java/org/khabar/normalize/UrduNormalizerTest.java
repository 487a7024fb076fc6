package org.khabar.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One test per rule of {@link UrduNormalizer}, each with the Urdu example of its Javadoc. */
class UrduNormalizerTest {

  private static String norm(String text) {
    return UrduNormalizer.normalize(text).text();
  }

  @Nested
  class ArabicLettersUsedForUrduOnes {

    @Test
    void arabicYehAndAlefMaksuraBecomeFarsiYeh() {
      assertThat(norm("كيا")).isEqualTo("کیا");
      assertThat(norm("مصطفى")).isEqualTo("مصطفی");
    }

    @Test
    void arabicAndSwashKafBecomeKeheh() {
      assertThat(norm("كتاب")).isEqualTo("کتاب");
      assertThat(norm("ڪتاب")).isEqualTo("کتاب");
    }

    @Test
    void arabicHehBecomesHehGoalButDoChashmiHehIsKept() {
      assertThat(norm("شهر")).isEqualTo("شہر");
      assertThat(norm("بھی")).isEqualTo("بھی");
      assertThat(norm("بهی")).isEqualTo("بہی");
    }

    @Test
    void tehMarbutaBecomesTehMarbutaGoal() {
      assertThat(norm("صلوة")).isEqualTo("صلوۃ");
    }

    @Test
    void persianHehWithYehAndAeBecomeUrduForms() {
      assertThat(norm("نقطۀ")).isEqualTo("نقطۂ");
      assertThat(norm("كردە")).isEqualTo("کردہ");
    }
  }

  @Nested
  class Digits {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
      "٢٠١٥, 2015", // Arabic-Indic
      "۲۰۱۵, 2015", // Extended Arabic-Indic (Urdu)
      "२०१५, 2015", // Devanagari
      "٣٫٥, 3.5", // Arabic decimal separator
      "'١٬٠٠٠', '1,000'", // Arabic thousands separator
      "۸٪, 8%", // Arabic percent sign
      "２０１５, 2015" // fullwidth
    })
    void digitsOfEveryScriptBecomeAscii(String original, String normalized) {
      assertThat(norm(original)).isEqualTo(normalized);
    }

    @Test
    void theOriginalDigitsStayInTheOriginalText() {
      NormalizedText normalized = UrduNormalizer.normalize("سال ۲۰۱۵ء");
      assertThat(normalized.text()).isEqualTo("سال 2015ء");
      assertThat(normalized.isOffsetIdentity()).isTrue();
    }
  }

  @Nested
  class DecomposedLetters {

    @Test
    void alefWithMaddaAbove() {
      assertThat(norm("ا\u0653پ")).isEqualTo("آپ");
    }

    @Test
    void hehGoalWithHamzaAbove() {
      assertThat(norm("نقطہ\u0654")).isEqualTo("نقطۂ");
    }

    @Test
    void wawAndYehWithHamzaAbove() {
      assertThat(norm("مو\u0654قف")).isEqualTo("مؤقف");
      assertThat(norm("کی\u0654ی")).isEqualTo("کئی");
    }

    @Test
    void bariYeWithHamzaAboveDecomposedOrPrecomposed() {
      assertThat(norm("گے\u0654")).isEqualTo("گئے");
      assertThat(norm("گۓ")).isEqualTo("گئے");
    }

    @Test
    void arabicHehWithHamzaComposesAfterItsOwnRule() {
      assertThat(norm("نقطه\u0654")).isEqualTo("نقطۂ");
    }

    @Test
    void alefWithHamzaAboveAndBelow() {
      assertThat(norm("ا\u0654")).isEqualTo("أ");
      assertThat(norm("ا\u0655")).isEqualTo("إ");
    }

    @Test
    void oldRetroflexSpellingWithSmallHighTah() {
      assertThat(norm("ت\u0615ی")).isEqualTo("ٹی");
      assertThat(norm("د\u0615اکٹر")).isEqualTo("ڈاکٹر");
      assertThat(norm("بڑ")).isEqualTo("بڑ");
      assertThat(norm("بر\u0615ا")).isEqualTo("بڑا");
    }

    @Test
    void aCombiningMarkThatComposesWithNothingIsDropped() {
      assertThat(norm("ب\u0654")).isEqualTo("ب");
      assertThat(norm("ک\u0653")).isEqualTo("ک");
    }

    @Test
    void aMarkComposesAcrossADeletedDiacritic() {
      assertThat(norm("اَ\u0653پ")).isEqualTo("آپ");
    }
  }

  @Nested
  class PresentationForms {

    @Test
    void lettersInPresentationFormsBecomeBaseLetters() {
      assertThat(norm("ﺅ")).isEqualTo("ؤ");
      assertThat(norm("ﭘﺎﻛﺴﺘﺎﻥ")).isEqualTo("پاکستان");
    }

    @Test
    void lamAlefLigatureBecomesTwoLetters() {
      assertThat(norm("ﻻﮨﻮﺭ")).isEqualTo("لاہور");
    }

    @Test
    void bariYeWithHamzaPresentationFormExpands() {
      assertThat(norm("گﮰ")).isEqualTo("گئے");
    }

    @Test
    void wordLigatureBecomesItsLetters() {
      assertThat(norm("ﷲ")).isEqualTo("اللہ");
    }

    @Test
    void phraseLigatureIsKeptWhole() {
      assertThat(norm("محمد ﷺ")).isEqualTo("محمد ﷺ");
    }

    @Test
    void presentationFormOfADiacriticIsDeleted() {
      assertThat(norm("کتاب\uFE71")).isEqualTo("کتاب"); // tatweel with fathatan above
    }
  }

  @Nested
  class Diacritics {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
      "دعویٰ, دعوی", // superscript alef
      "تقریباً, تقریبا", // tanween
      "مُلک, ملک", // pesh
      "مَعِیشت, معیشت", // zabar and zer
      "تبصّرہ, تبصرہ", // shadda
      "اِنْتخابات, انتخابات", // zer and sukun
      "محمدؐ, محمد" // honorific sign
    })
    void diacriticsAreRemoved(String original, String normalized) {
      assertThat(norm(original)).isEqualTo(normalized);
    }
  }

  @Nested
  class InvisibleCharactersAndSpaces {

    @Test
    void tatweelIsRemoved() {
      assertThat(norm("پاکـــستان")).isEqualTo("پاکستان");
    }

    @Test
    void byteOrderMarkAndDirectionMarksAreRemoved() {
      assertThat(norm("\uFEFFخبر")).isEqualTo("خبر");
      assertThat(norm("\u200Fپاکستان\u200E")).isEqualTo("پاکستان");
    }

    @Test
    void zeroWidthJoinerAndSoftHyphenAreRemoved() {
      assertThat(norm("کتاب\u200D")).isEqualTo("کتاب");
      assertThat(norm("بین\u00ADالاقوامی")).isEqualTo("بینالاقوامی");
    }

    @Test
    void zeroWidthNonJoinerAndZeroWidthSpaceBecomeSpaces() {
      assertThat(norm("پاک\u200Cفوج")).isEqualTo("پاک فوج");
      assertThat(norm("پاک\u200Bفوج")).isEqualTo("پاک فوج");
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"00A0", "2009", "202F", "2002", "3000", "205F"})
    void oddSpacesBecomePlainSpaces(String hex) {
      char space = (char) Integer.parseInt(hex, 16);
      assertThat(norm("وزیر" + space + "اعظم")).isEqualTo("وزیر اعظم");
    }

    @Test
    void lineAndParagraphSeparatorsBecomeLineFeeds() {
      assertThat(norm("ایک\u2028دو\u2029تین\u0085چار")).isEqualTo("ایک\nدو\nتین\nچار");
    }

    @Test
    void controlCharactersAreRemovedButTabsAndLineBreaksKept() {
      assertThat(norm("ایک\u0007دو\tتین\r\nچار")).isEqualTo("ایکدو\tتین\r\nچار");
    }

    @Test
    void fullwidthAsciiBecomesAscii() {
      assertThat(norm("ＢＢＣ！")).isEqualTo("BBC!");
    }
  }

  @Nested
  class Punctuation {

    @Test
    void punctuationIsLeftAsWritten() {
      assertThat(norm("کہا: ”ہاں“، ٹھیک ہے؟ جی۔ '' « »")).isEqualTo("کہا: ”ہاں“، ٹھیک ہے؟ جی۔ '' « »");
    }
  }

  @Nested
  class WordForms {

    @Test
    void normalizeWordGivesTheSameTextAsTheFullForm() {
      String text = "كيا ۲۰۱۵ء دعویٰ پاکـستان ا\u0653پ گۓ";
      assertThat(UrduNormalizer.normalizeWord(text)).isEqualTo(norm(text));
    }

    @Test
    void normalizeWordReturnsNormalizedTextAsItIs() {
      String word = "پاکستان";
      assertThat(UrduNormalizer.normalizeWord(word)).isSameAs(word);
    }

    @Test
    void bufferFormClearsItsOutputFirst() {
      StringBuilder out = new StringBuilder("old");
      char[] buffer = "كيا xxx".toCharArray();
      UrduNormalizer.normalize(buffer, 3, out);
      assertThat(out.toString()).isEqualTo("کیا");
    }

    @Test
    void isNormalizedTellsWhetherNormalizingWouldChangeAnything() {
      assertThat(UrduNormalizer.isNormalized("پاکستان 2015")).isTrue();
      assertThat(UrduNormalizer.isNormalized("كيا")).isFalse();
      assertThat(UrduNormalizer.isNormalized("دعویٰ")).isFalse();
      assertThat(UrduNormalizer.isNormalized("ا\u0653")).isFalse();
    }

    @Test
    void normalizingTwiceChangesNothing() {
      String once = norm("ﮰ ۓ\u0654 ا\u0653\u0653 ﷲ كه\u0654 ٣٫٥ ﻻ");
      assertThat(norm(once)).isEqualTo(once);
    }
  }
}
