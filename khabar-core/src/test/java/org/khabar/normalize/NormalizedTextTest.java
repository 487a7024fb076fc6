package org.khabar.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The offset map from normalized text back to the original. */
class NormalizedTextTest {

  /** Every normalized offset, mapped back with {@code originalStart}. */
  private static int[] starts(NormalizedText normalized) {
    int[] result = new int[normalized.length() + 1];
    for (int i = 0; i <= normalized.length(); i++) {
      result[i] = normalized.originalStart(i);
    }
    return result;
  }

  @Test
  void untouchedTextMapsToItself() {
    NormalizedText normalized = UrduNormalizer.normalize("پاکستان زندہ باد");
    assertThat(normalized.isOffsetIdentity()).isTrue();
    assertThat(normalized.originalStart(3)).isEqualTo(3);
    assertThat(normalized.originalEnd(7)).isEqualTo(7);
    assertThat(normalized.originalEnd(normalized.length())).isEqualTo(16);
  }

  @Test
  void replacedCharactersKeepTheirOffsets() {
    NormalizedText normalized = UrduNormalizer.normalize("كيا ۲۰۱۵");
    assertThat(normalized.text()).isEqualTo("کیا 2015");
    assertThat(normalized.isOffsetIdentity()).isTrue();
  }

  @Test
  void deletedDiacriticsBelongToTheCharacterBefore() {
    // د ع و ی ٰ (space) ک ی ا
    NormalizedText normalized = UrduNormalizer.normalize("دعویٰ کیا");
    assertThat(normalized.text()).isEqualTo("دعوی کیا");
    assertThat(normalized.isOffsetIdentity()).isFalse();
    assertThat(starts(normalized)).containsExactly(0, 1, 2, 3, 5, 6, 7, 8, 9);
    // the word دعوی [0, 4) covers the superscript alef: [0, 5) in the original
    assertThat(normalized.originalEnd(4)).isEqualTo(5);
  }

  @Test
  void aComposedLetterMapsToTheFirstOfItsCharacters() {
    NormalizedText normalized = UrduNormalizer.normalize("ا\u0653پ نے");
    assertThat(normalized.text()).isEqualTo("آپ نے");
    assertThat(starts(normalized)).containsExactly(0, 2, 3, 4, 5, 6);
    assertThat(normalized.originalEnd(2)).isEqualTo(3);
  }

  @Test
  void anExpandedLetterMapsBothCharactersToIt() {
    NormalizedText normalized = UrduNormalizer.normalize("گۓ تھے");
    assertThat(normalized.text()).isEqualTo("گئے تھے");
    assertThat(starts(normalized)).containsExactly(0, 1, 1, 2, 3, 4, 5, 6);
    assertThat(normalized.originalEnd(3)).isEqualTo(2);
  }

  @Test
  void deletedCharactersAfterASpaceBelongToTheNextCharacter() {
    NormalizedText normalized = UrduNormalizer.normalize("خبر ـــاہم");
    assertThat(normalized.text()).isEqualTo("خبر اہم");
    assertThat(normalized.originalStart(4)).isEqualTo(4); // ا maps to the first tatweel
    assertThat(normalized.originalStart(5)).isEqualTo(8);
    assertThat(normalized.originalEnd(3)).isEqualTo(3); // خبر ends before the space
  }

  @Test
  void deletedCharactersAtTheStartBelongToTheFirstCharacter() {
    NormalizedText normalized = UrduNormalizer.normalize("\uFEFF\u200Fخبر");
    assertThat(normalized.text()).isEqualTo("خبر");
    assertThat(starts(normalized)).containsExactly(0, 3, 4, 5);
  }

  @Test
  void deletedCharactersAtTheEndBelongToTheLastCharacter() {
    NormalizedText normalized = UrduNormalizer.normalize("خبر\u200F\u200F");
    assertThat(normalized.text()).isEqualTo("خبر");
    assertThat(normalized.originalEnd(3)).isEqualTo(5);
  }

  @Test
  void deletedCharactersBetweenSpacesBelongToTheSecondSpaceSoTheMapNeverGoesBack() {
    NormalizedText normalized = UrduNormalizer.normalize("ہے \u200F کل");
    assertThat(normalized.text()).isEqualTo("ہے  کل");
    assertThat(normalized.originalStart(3)).isEqualTo(3); // the second space, with the mark
    assertThat(normalized.originalStart(4)).isEqualTo(5); // کل does not reach back over a space
    assertThat(normalized.originalEnd(2)).isEqualTo(2);
  }

  @Test
  void aOneLetterWordAfterARemovedCharacterKeepsTheMapInOrder() {
    // found by NormalizerPropertiesTest: the run after the pending tanween was empty and left a
    // second checkpoint at the same normalized index
    NormalizedText normalized = UrduNormalizer.normalize("\u064Bا\u064Bا");
    assertThat(normalized.text()).isEqualTo("اا");
    assertThat(normalized.originalStart(0)).isEqualTo(0);
    assertThat(normalized.originalStart(1)).isEqualTo(3);
    assertThat(normalized.mapper().start(1)).isEqualTo(3);
  }

  @Test
  void originalEndOfTheWholeTextIsTheOriginalLength() {
    NormalizedText normalized = UrduNormalizer.normalize("پاکـستان");
    assertThat(normalized.originalEnd(normalized.length())).isEqualTo(8);
    assertThat(normalized.originalStart(normalized.length())).isEqualTo(8);
  }

  @Test
  void mapperAgreesWithTheSearchingMethods() {
    String text = "\uFEFFدعویٰ کیا ا\u0653پ گۓ ـــاہم پاکـــستان\u200F ہے۔";
    NormalizedText normalized = UrduNormalizer.normalize(text);
    NormalizedText.Mapper mapper = normalized.mapper();
    for (int i = 0; i <= normalized.length() + 2; i++) {
      assertThat(mapper.start(i)).as("start(%d)", i).isEqualTo(normalized.originalStart(i));
      assertThat(mapper.end(i)).as("end(%d)", i).isEqualTo(normalized.originalEnd(i));
    }
  }

  @Test
  void substringAndCharsShowTheNormalizedText() {
    NormalizedText normalized = UrduNormalizer.normalize("كيا بات ہے");
    assertThat(normalized.substring(0, 3)).isEqualTo("کیا");
    assertThat(new String(normalized.chars(), 0, normalized.length())).isEqualTo("کیا بات ہے");
  }

  @Test
  void emptyText() {
    NormalizedText normalized = UrduNormalizer.normalize("");
    assertThat(normalized.text()).isEmpty();
    assertThat(normalized.isOffsetIdentity()).isTrue();
    assertThat(normalized.originalStart(0)).isZero();
    assertThat(normalized.originalEnd(0)).isZero();
  }
}
