package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khabar.ner.TokenSpans.span;
import static org.khabar.ner.TokenSpans.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.UrduPipeline;
import org.khabar.entity.Entity;
import org.khabar.entity.EntityType;
import org.khabar.text.Document;
import org.khabar.tokenize.Token;

class UnerTimesTest {

  /** Digits and the few number words of these tests. */
  private static boolean[] numbers(List<Token> words) {
    List<String> numberWords = List.of("آٹھ", "پینتیس", "نو", "پانچ", "دس", "چار");
    boolean[] result = new boolean[words.size()];
    for (int i = 0; i < result.length; i++) {
      String word = words.get(i).norm();
      result[i] = numberWords.contains(word) || word.chars().allMatch(Character::isDigit);
    }
    return result;
  }

  private static List<TagSet.TokenSpan> apply(List<Token> words, TagSet.TokenSpan... spans) {
    return UnerTimes.apply(words, List.of(spans), numbers(words));
  }

  @Test
  void aNumberBeforeAUnitOfTimeIsADuration() {
    // «وہ دس منٹ بعد آیا»: he came ten minutes later
    List<Token> words = tokens("وہ دس منٹ بعد آیا");
    assertThat(apply(words, span(1, 2, EntityType.NUMBER)))
        .containsExactly(span(1, 3, EntityType.TIME));
    // «2 سال»: two years
    words = tokens("وہ 2 سال سے یہاں ہے");
    assertThat(apply(words, span(1, 2, EntityType.NUMBER)))
        .containsExactly(span(1, 3, EntityType.TIME));
  }

  @Test
  void daysOrdinalsAndAgesStayNumbers() {
    // «دس روز»: UNER mostly leaves days out of the span
    List<Token> words = tokens("وہ دس روز بعد آیا");
    assertThat(apply(words, span(1, 2, EntityType.NUMBER)))
        .containsExactly(span(1, 2, EntityType.NUMBER));
    // «تیسرے سال»: the third year is no duration
    words = tokens("تیسرے سال میں");
    assertThat(apply(words, span(0, 1, EntityType.NUMBER)))
        .containsExactly(span(0, 1, EntityType.NUMBER));
    // «28 سالہ»: 28-year-old
    words = tokens("28 سالہ شخص");
    assertThat(apply(words, span(0, 1, EntityType.NUMBER)))
        .containsExactly(span(0, 1, EntityType.NUMBER));
  }

  @Test
  void aUnitAlreadyInTheNextSpanIsLeftThere() {
    List<Token> words = tokens("دس سال");
    assertThat(apply(words, span(0, 1, EntityType.NUMBER), span(1, 2, EntityType.DATE)))
        .containsExactly(span(0, 1, EntityType.NUMBER), span(1, 2, EntityType.DATE));
  }

  @Test
  void aClockTimeIsOneTime() {
    // «آٹھ بج کر پینتیس منٹ پر»: at 8:35, tagged as a number and a time
    List<Token> words = tokens("آٹھ بج کر پینتیس منٹ پر");
    assertThat(apply(words, span(0, 1, EntityType.NUMBER), span(3, 5, EntityType.TIME)))
        .containsExactly(span(0, 5, EntityType.TIME));
    // «نو بج کر پانچ منٹ»: 9:05, the hour untagged
    words = tokens("وہ نو بج کر پانچ منٹ پر آیا");
    assertThat(apply(words, span(4, 5, EntityType.NUMBER)))
        .containsExactly(span(1, 6, EntityType.TIME));
  }

  @Test
  void aClockTimeNeverSwallowsANameOrLeavesOtherSpans() {
    List<Token> words = tokens("حسن آٹھ بج کر پینتیس منٹ پر آئے");
    assertThat(apply(words, span(0, 1, EntityType.PERSON), span(4, 5, EntityType.NUMBER)))
        .containsExactly(span(0, 1, EntityType.PERSON), span(1, 6, EntityType.TIME));
  }

  @Test
  void theModelInUnersConventionWritesDurations() {
    NerModel model = NerModel.builtIn().inConvention(UnerTimes.CONVENTION);
    Document document = UrduPipeline.withEntities(new NerTagger(model))
        .apply(Document.of("t", "زمین ساڑھے چار ارب سال پرانی ہے۔"));
    assertThat(document.get(Entity.LAYER))
        .anySatisfy(e -> assertThat(e.type()).isEqualTo(EntityType.TIME));
  }
}
