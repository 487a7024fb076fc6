package org.khabar.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.UrduPipeline;
import org.khabar.stem.SearchTerms;
import org.khabar.text.Document;
import org.khabar.text.Metadata;

class ReuseWordsTest {

  private static List<List<String>> words(String text) {
    return ReuseWords.sentences(
        UrduPipeline.tokens().apply(Document.of("t", text, new Metadata(null, null, null))));
  }

  @Test
  void aRewriteThatSpellsOutItsNumbersHasTheSourcesWords() {
    List<List<String>> agency =
        words("پاکستان نے فائنل 7-5 سے جیتا، ۲۰۱۴ کے بعد 35 ہزار تماشائیوں کے سامنے 2 گول ہوئے۔");
    List<List<String>> rewrite = words(
        "پاکستان نے فائنل سات پانچ سے جیتا، 2014 کے بعد پینتیس ہزار تماشائیوں کے سامنے دو گول ہوئے۔");
    assertThat(rewrite).isEqualTo(agency);
    assertThat(agency.get(0)).contains("7", "5", "2014", "35000", "2");
  }

  @Test
  void numbersGluedOrGroupedOrMarkedAreWrittenAsDigits() {
    assertThat(words("ٹیم نے 5وکٹوں سے میچ جیتا").get(0))
        .isEqualTo(words("ٹیم نے پانچ وکٹوں سے میچ جیتا").get(0));
    assertThat(words("دوہزارچھ میں 1,000 افراد").get(0)).startsWith("2006", "میں", "1000");
    assertThat(words("2015ء میں").get(0)).startsWith("2015");
  }

  @Test
  void otherWordsAreSearchFormsAndOrdinalsKeepTheirWords() {
    List<String> sentence = words("دوسرے روز کھلاڑیوں نے بیان دیا").get(0);
    List<String> expected = new ArrayList<>();
    for (String word : List.of("دوسرے", "روز", "کھلاڑیوں", "نے", "بیان", "دیا")) {
      expected.add(SearchTerms.of(word));
    }
    assertThat(sentence).isEqualTo(expected);
  }
}
