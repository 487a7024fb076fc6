package org.khabar.coref;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class UrduLatinTest {

  @Test
  void romanizesNames() {
    assertThat(UrduLatin.transliterate("پوتین")).isEqualTo("Putin");
    assertThat(UrduLatin.transliterate("حسن")).isEqualTo("Hasan");
    assertThat(UrduLatin.transliterate("اوباما")).isEqualTo("Obama");
    assertThat(UrduLatin.transliterate("حلب")).isEqualTo("Halab");
    // an initial ain carries the first vowel
    assertThat(UrduLatin.transliterate("مراد علی")).isEqualTo("Marad Ali");
    assertThat(UrduLatin.transliterate("عباس")).isEqualTo("Abas");
    assertThat(UrduLatin.transliterate("عراق")).isEqualTo("Araq");
    // a word's first و or ی is its first consonant, and a vowel follows it
    assertThat(UrduLatin.transliterate("وقاص")).isEqualTo("Waqas");
    assertThat(UrduLatin.transliterate("یمن")).isEqualTo("Yaman");
    // a final «عہ» or «یہ» after a consonant is -ia
    assertThat(UrduLatin.transliterate("رابعہ")).isEqualTo("Rabia");
    assertThat(UrduLatin.transliterate("شافعہ")).isEqualTo("Shafia");
    assertThat(UrduLatin.transliterate("نادیہ")).isEqualTo("Nadia");
    assertThat(UrduLatin.transliterate("شازیہ")).isEqualTo("Shazia");
  }

  @Test
  void theWikidataListComesFirst() {
    assertThat(LatinNames.standard().latin("تہران")).isEqualTo("Tehran");
    assertThat(LatinNames.standard().latin("پوتین")).isEqualTo("Putin");
  }

  @Test
  void anUnknownNameIsReadWordByWordWithTheWordsTheListKnows() {
    assertThat(LatinNames.standard().latin("پاکستان کرکٹ بورڈ")).startsWith("Pakistan Cricket ");
    assertThat(LatinNames.standard().latin("عمران خان")).endsWith(" Khan");
  }

  @Test
  void theNameWordsOfPakistaniNewsHaveTheirUsualSpelling() {
    assertThat(LatinNames.standard().latin("محمد اورنگزیب")).isEqualTo("Muhammad Aurangzeb");
    assertThat(LatinNames.standard().latin("مراد علی شاہ")).isEqualTo("Murad Ali Shah");
    // اللہ in a name is Ullah (Wikidata's single word is Allah), ستار is Sattar (not sitar)
    assertThat(LatinNames.standard().latin("عطا اللہ تارڑ")).isEqualTo("Atta Ullah Tarar");
    assertThat(LatinNames.standard().latin("عبدال ستار")).isEqualTo("Abdul Sattar");
    assertThat(LatinNames.standard().latin("کوئٹہ")).isEqualTo("Quetta");
    assertThat(LatinNames.standard().latin("نئی دہلی")).isEqualTo("New Delhi");
  }

  @Test
  void theCountriesAndPeopleTheNewsNamesMostHaveTheirEnglishNames() {
    // the Wikidata list has no «امریکہ», and its spelling key found Nagaland for «انگلینڈ»
    assertThat(LatinNames.standard().latin("انگلینڈ")).isEqualTo("England");
    assertThat(LatinNames.standard().latin("امریکہ")).isEqualTo("United States");
    assertThat(LatinNames.standard().latin("جنوبی امریکہ")).isEqualTo("South America");
    assertThat(LatinNames.standard().latin("ڈونلڈ ٹرمپ")).isEqualTo("Donald Trump");
    assertThat(LatinNames.standard().latin("شاہ رخ خان")).isEqualTo("Shah Rukh Khan");
  }

  @Test
  void nameWordsWrittenJoinedAreReadApart() {
    assertThat(LatinNames.standard().latin("شہبازشریف")).isEqualTo("Shehbaz Sharif");
    assertThat(LatinNames.standard().latin("مصباحالحق")).isEqualTo("Misbah ul Haq");
    assertThat(LatinNames.standard().latin("عبدالرحمان")).isEqualTo("Abdur Rehman");
    assertThat(LatinNames.standard().latin("عبدالقدیر خان")).isEqualTo("Abdul Qadir Khan");
  }

  @Test
  void aNameOfTwoListedWordsInsideALongerName() {
    // «ولادی میر» (Vladimir), written in two words
    assertThat(LatinNames.standard().latin("صدر ولادی میر پوتین")).endsWith("Vladimir Putin");
    assertThat(LatinNames.standard().latin("ولادی میر پوتین")).isEqualTo("Vladimir Putin");
  }

  @Test
  void organisationsHaveTheirEnglishNames() {
    // the list's small words stay small inside a name
    assertThat(LatinNames.standard().latin("الیکشن کمیشن آف پاکستان"))
        .isEqualTo("Election Commission of Pakistan");
    assertThat(LatinNames.standard().latin("دفتر خارجہ")).isEqualTo("Foreign Office");
    assertThat(LatinNames.standard().latin("داعش")).isEqualTo("Daesh");
  }

  @Test
  void aPlaceEndingWrittenApartIsJoined() {
    assertThat(LatinNames.standard().latin("اسلام آباد")).isEqualTo("Islamabad");
    assertThat(LatinNames.standard().latin("بہاول پور")).isEqualTo("Bahawalpur");
    assertThat(LatinNames.standard().latin("پی ٹی آئی")).isEqualTo("PTI");
  }

  @Property
  void alwaysLatinLettersAndSpaces(@ForAll String any) {
    assertThat(UrduLatin.transliterate(any)).matches("[A-Za-z0-9 ]*");
  }

  @Test
  void lettersNamedInUrduSpellAnAcronym() {
    assertThat(UrduLatin.transliterate("پی ٹی آئی")).isEqualTo("PTI");
    assertThat(UrduLatin.transliterate("آئی ایس پی آر")).isEqualTo("ISPR");
    assertThat(UrduLatin.transliterate("ایم کیو ایم پاکستان")).startsWith("MQM ");
    // one letter name alone is read as a word
    assertThat(UrduLatin.transliterate("سی")).isEqualTo("Si");
  }
}
