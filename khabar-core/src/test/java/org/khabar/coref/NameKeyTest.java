package org.khabar.coref;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

  @Test
  void putinSpellingsMeet() {
    assertThat(NameKey.of("پوتین")).isEqualTo(NameKey.of("پیوٹن")).isEqualTo(NameKey.of("پوتن"));
  }

  @Test
  void joinedAndSpacedFormsMeet() {
    assertThat(NameKey.of("وزیراعظم")).isEqualTo(NameKey.of("وزیر اعظم"));
    assertThat(NameKey.of("بشارالاسد")).isEqualTo(NameKey.of("بشار الاسد"));
  }

  @Test
  void finalHehAndDiacriticsFold() {
    assertThat(NameKey.of("اوبامہ")).isEqualTo(NameKey.of("اوباما"));
    assertThat(NameKey.of("گُنٹر")).isEqualTo(NameKey.of("گنٹر"));
  }

  @Test
  void differentNamesStayApart() {
    assertThat(NameKey.of("روحانی")).isNotEqualTo(NameKey.of("پوتین"));
    assertThat(NameKey.sameName("ستر فیصد", "اکتالیس فیصد")).isFalse();
  }

  @Test
  void aShortNameIsPartOfTheFullName() {
    assertThat(NameKey.sameName("روحانی", "حسن روحانی")).isTrue();
    assertThat(NameKey.sameName("پیوٹن", "ولادی میر پوتین")).isTrue();
    assertThat(NameKey.sameName("حسن", "روحانی")).isFalse();
  }

  @Test
  void latinNamesFromTheListThenTheRomanizer() {
    LatinNames names = LatinNames.standard();
    assertThat(names.known("شام")).contains("Syria");
    assertThat(names.known("تہران")).contains("Tehran");
    assertThat(names.known("ریاستہائے متحدہ امریکہ")).contains("United States");
    assertThat(names.known("ولادی میر پوتین")).isEmpty();
    assertThat(names.latin("ولادی میر پوتین")).endsWith("Putin");
  }

  @Test
  void aFactionLetterMeetsWithOrWithoutBrackets() {
    assertThat(NameKey.of("مسلم لیگ (ن)")).isEqualTo(NameKey.of("مسلم لیگ ن"))
        .isEqualTo(NameKey.of("مسلم لیگ(ن)"));
    assertThat(NameKey.writtenWords("مسلم لیگ(ن)")).containsExactly("مسلم", "لیگ", "ن");
    assertThat(NameKey.sameName("مسلم لیگ (ن)", "پاکستان مسلم لیگ (ق)")).isFalse();
    assertThat(LatinNames.standard().known("مسلم لیگ (ن)")).contains("PML-N");
  }
}
