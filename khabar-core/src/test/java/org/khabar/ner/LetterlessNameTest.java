package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khabar.ner.TokenSpans.span;
import static org.khabar.ner.TokenSpans.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.entity.EntityType;
import org.khabar.tokenize.Token;

class LetterlessNameTest {

  @Test
  void aYearIsNoTitle() {
    // «رمن لامبا 1989 میں»: Raman Lamba in 1989
    List<Token> words = tokens("رمن لامبا 1989 میں");
    assertThat(WordSpanRules.withoutLetterlessNames(words, List.of(
            span(0, 2, EntityType.PERSON), span(2, 3, EntityType.DESIGNATION))))
        .containsExactly(span(0, 2, EntityType.PERSON));
  }

  @Test
  void numbersDatesAndNamesWithDigitsStay() {
    // «1989 میں جی 20»: a DATE, and a name that holds a number
    List<Token> words = tokens("1989 میں جی 20");
    List<TagSet.TokenSpan> spans =
        List.of(span(0, 1, EntityType.DATE), span(2, 4, EntityType.ORGANIZATION));
    assertThat(WordSpanRules.withoutLetterlessNames(words, spans)).isEqualTo(spans);
  }

  @Test
  void aSignAloneIsNoNumber() {
    // «آبادی کا 60٪ نوجوان»: 60 percent of the population are young
    List<Token> words = tokens("آبادی کا 60٪ نوجوان");
    assertThat(WordSpanRules.withoutLetterlessNames(words, List.of(
            span(2, 3, EntityType.NUMBER), span(3, 4, EntityType.NUMBER))))
        .containsExactly(span(2, 3, EntityType.NUMBER));
  }
}
