package org.khabar.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberWordsTest {

  @Test
  void multipliersAndTheirSpellings() {
    assertThat(NumberWords.isMultiplier("ہزار")).isTrue();
    assertThat(NumberWords.isMultiplier("ارب")).isTrue();
    assertThat(NumberWords.isMultiplier("کڑوڑ")).isTrue(); // a spelling of کروڑ
    assertThat(NumberWords.isMultiplier("پینتیس")).isFalse();
  }

  @Test
  void wordsThatAreANumberByThemselves() {
    assertThat(NumberWords.isNumber("پینتیس")).isTrue();
    assertThat(NumberWords.isNumber("ڈیڑھ")).isTrue();
    assertThat(NumberWords.isNumber("ہزار")).isFalse(); // a multiplier needs a number
    assertThat(NumberWords.isNumber("شام")).isFalse();
  }
}
