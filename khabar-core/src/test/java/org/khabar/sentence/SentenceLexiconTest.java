package org.khabar.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceLexiconTest {

  @Test
  void placeNamesAreKnownByTheListOrByTheirEnding() {
    assertThat(SentenceLexicon.isPlace("کراچی")).isTrue();
    assertThat(SentenceLexicon.isPlace("اسلام آباد")).isTrue();
    assertThat(SentenceLexicon.isPlace("حکومت")).isFalse();
    assertThat(SentenceLexicon.hasPlaceEnding("حیدرآباد")).isTrue();
    assertThat(SentenceLexicon.hasPlaceEnding("بہاولپور")).isTrue();
    assertThat(SentenceLexicon.hasPlaceEnding("مظفرگڑھ")).isTrue();
    assertThat(SentenceLexicon.hasPlaceEnding("احمدنگر")).isTrue();
    assertThat(SentenceLexicon.hasPlaceEnding("بلوچستان")).isTrue();
    assertThat(SentenceLexicon.hasPlaceEnding("ہوگا")).isFalse();
  }

  @Test
  void clauseFinalWordsAreListedOrFutureForms() {
    assertThat(SentenceLexicon.isClauseFinal("ہے")).isTrue();
    assertThat(SentenceLexicon.isClauseFinal("گیا")).isTrue();
    assertThat(SentenceLexicon.isClauseFinal("جائےگا")).isTrue();
    assertThat(SentenceLexicon.isClauseFinal("کریں_گے")).isTrue();
    assertThat(SentenceLexicon.isClauseFinal("حیدرآباد")).isFalse();
    assertThat(SentenceLexicon.isClauseFinal("گی")).isTrue();
  }

  @Test
  void initialsTitlesAndMonths() {
    assertThat(SentenceLexicon.LETTER_NAMES).contains("اے", "کے", "ایم", "آئی");
    assertThat(SentenceLexicon.TITLES).contains("ڈاکٹر", "جسٹس");
    assertThat(SentenceLexicon.MONTHS).contains("جنوری", "دسمبر");
    assertThat(SentenceLexicon.LATIN_ABBREVIATIONS).contains("dr", "u.s");
  }
}
