package org.khabar.coref;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitlesTest {

  private static int nameStart(String phrase) {
    return Titles.split(phrase.split(" "))[0];
  }

  @Test
  void titleAfterTheLastGenitive() {
    assertThat(nameStart("ایران کے صدر حسن روحانی")).isEqualTo(3);
    assertThat(nameStart("ایشین گیمز کے ایک ترجمان")).isEqualTo(5);
  }

  @Test
  void upToTwoModifiersBeforeATitle() {
    assertThat(nameStart("روسی وزیر دفاع سرگئی شوئیگو")).isEqualTo(3);
    assertThat(nameStart("بالی وڈ اداکارہ سوناکشی سنہا")).isEqualTo(3);
    assertThat(nameStart("27 سالہ اداکارہ")).isEqualTo(3);
  }

  @Test
  void policeAndDistrictTitles() {
    // Pakistani news names officers by their posts: ڈی آئی جی (deputy inspector general),
    // ایس ایس پی (senior superintendent), ڈپٹی کمشنر (deputy commissioner)
    assertThat(nameStart("ڈی آئی جی ذوالفقار چیمہ")).isEqualTo(3);
    assertThat(nameStart("ایس ایس پی راؤ انوار")).isEqualTo(3);
    assertThat(nameStart("ڈپٹی کمشنر لاہور")).isEqualTo(2);
    // a district's officer: SSP East, DSP
    assertThat(nameStart("ایس ایس پی ایسٹ عرفان بلوچ")).isEqualTo(4);
    assertThat(nameStart("ڈی ایس پی اکرم خان")).isEqualTo(3);
  }

  @Test
  void parliamentaryMilitaryAndAdvisoryTitles() {
    assertThat(nameStart("بیرسٹر گوہر علی خان")).isEqualTo(1);
    assertThat(nameStart("اسپیکر ایاز صادق")).isEqualTo(1);
    assertThat(nameStart("ایئر چیف مارشل ظہیر احمد بابر")).isEqualTo(3);
    assertThat(nameStart("قومی سلامتی کے مشیر اجیت دوال")).isEqualTo(4);
    assertThat(nameStart("ادارے کی ڈائریکٹر جنرل ارینا بوکووا")).isEqualTo(4);
  }

  @Test
  void aFunctionWordIsNoModifier() {
    assertThat(nameStart("ہوئے وزیر اعظم")).isZero();
    assertThat(nameStart("بعد صدر")).isZero();
  }

  @Test
  void aPersonsOwnWordsTakeNoModifier() {
    assertThat(Titles.split("قائم علی شاہ".split(" "), 0)[0]).isZero();
    assertThat(Titles.split("صدر حسن روحانی".split(" "), 0)[0]).isEqualTo(1);
  }

  @Test
  void shahAndSheikhAreTitlesOnlyBeforeAOneWordName() {
    assertThat(nameStart("سعودی فرمانروا شاہ سلمان")).isEqualTo(3);
    assertThat(nameStart("شاہ محمود قریشی")).isZero();
    assertThat(nameStart("وزیر خارجہ شاہ محمود قریشی")).isEqualTo(2);
    assertThat(nameStart("وزیر داخلہ شیخ رشید احمد")).isEqualTo(2);
  }

  @Test
  void plausibleTitlesHoldNoFunctionWord() {
    String[] owner = "پاکستان کے دفتر خارجہ کے ترجمان".split(" ");
    assertThat(Titles.plausible(owner, 0, owner.length)).isTrue();
    String[] weekday = "جمعرات کو پاکستان کے خارجہ سیکریٹری".split(" ");
    assertThat(Titles.plausible(weekday, 0, weekday.length)).isFalse();
  }

  @Test
  void familyNamesAreNoTrailingTitles() {
    assertThat(Titles.isTrailingTitle("ترجمان")).isTrue();
    assertThat(Titles.isTrailingTitle("شاہ")).isFalse();
  }

  @Test
  void countriesOfATitle() {
    assertThat(Matcher.countries("اسرائیلی صدر", "صدر")).isEqualTo(Matcher.countries("اسرائیل کے صدر", "صدر"))
        .isNotEmpty();
    assertThat(Matcher.countries("برازیلی صدر", "صدر"))
        .isNotEqualTo(Matcher.countries("اسرائیلی صدر", "صدر"));
    assertThat(Matcher.countries("بالی وڈ کے اداکار", "اداکار")).isEmpty();
  }
}
