package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khabar.ner.TokenSpans.span;
import static org.khabar.ner.TokenSpans.tokens;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.khabar.entity.EntityType;
import org.khabar.tokenize.Token;

class OutsideWordSpanTest {

  private static final Set<String> OUTSIDE = Set.of("مالی", "دنیا", "گرام");

  @Test
  void aWordTheTrainingLeavesOutsideIsNoEntityAlone() {
    // «مالی بدعنوانی کے الزامات»: charges of financial corruption
    List<Token> words = tokens("مالی بدعنوانی کے الزامات");
    assertThat(WordSpanRules.withoutOutsideWords(words, List.of(span(0, 1, EntityType.LOCATION)),
            OUTSIDE::contains))
        .isEmpty();
  }

  @Test
  void insideALongerNameOrTouchingAnotherItStays() {
    // «دنیا نیوز کے مطابق»: according to Dunya News
    List<Token> words = tokens("دنیا نیوز کے مطابق");
    assertThat(WordSpanRules.withoutOutsideWords(words,
            List.of(span(0, 2, EntityType.ORGANIZATION)), OUTSIDE::contains))
        .containsExactly(span(0, 2, EntityType.ORGANIZATION));
    // «شلپ | گرام»: the model's two halves of one name
    words = tokens("شلپ گرام میں");
    assertThat(WordSpanRules.withoutOutsideWords(words, List.of(
            span(0, 1, EntityType.ORGANIZATION), span(1, 2, EntityType.ORGANIZATION)),
            OUTSIDE::contains))
        .hasSize(2);
  }

  @Test
  void theShippedListHoldsCommonWordsNotNames() {
    assertThat(WordSpanRules.isOutsideWord("مالی")).isTrue();
    assertThat(WordSpanRules.isOutsideWord("پاکستان")).isFalse();
    assertThat(WordSpanRules.isOutsideWord("شام")).isFalse();
  }
}
