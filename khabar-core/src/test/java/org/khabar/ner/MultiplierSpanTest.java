package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khabar.ner.TokenSpans.span;
import static org.khabar.ner.TokenSpans.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.entity.EntityType;
import org.khabar.tokenize.Token;

class MultiplierSpanTest {

  private static boolean[] digits(List<Token> words) {
    boolean[] result = new boolean[words.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = words.get(i).norm().chars().allMatch(Character::isDigit);
    }
    return result;
  }

  @Test
  void aNumberTakesInItsMultiplier() {
    // «20 ارب ڈالر»: 20 billion dollars
    List<Token> words = tokens("20 ارب ڈالر");
    assertThat(NerTagger.withMultipliers(words, List.of(span(0, 1, EntityType.NUMBER)),
            digits(words)))
        .containsExactly(span(0, 2, EntityType.NUMBER));
  }

  @Test
  void aNumberTakesInTheNextNumberWithItsMultiplier() {
    // «2 کھرب 40 ارب روپے»: 240 billion rupees, tagged «2 کھرب» and «40»
    List<Token> words = tokens("2 کھرب 40 ارب روپے");
    assertThat(NerTagger.withMultipliers(words,
            List.of(span(0, 2, EntityType.NUMBER), span(2, 3, EntityType.NUMBER)),
            digits(words)))
        .containsExactly(span(0, 4, EntityType.NUMBER));
  }

  @Test
  void otherSpansAndNumbersWithoutMultipliersStay() {
    // «20 افراد»: 20 people; a DATE is no NUMBER
    List<Token> words = tokens("20 افراد اور 2015 ہزار");
    assertThat(NerTagger.withMultipliers(words,
            List.of(span(0, 1, EntityType.NUMBER), span(3, 4, EntityType.DATE)), digits(words)))
        .containsExactly(span(0, 1, EntityType.NUMBER), span(3, 4, EntityType.DATE));
  }

  @Test
  void aNameInTheWayStopsIt() {
    List<Token> words = tokens("20 ارب");
    assertThat(NerTagger.withMultipliers(words,
            List.of(span(0, 1, EntityType.NUMBER), span(1, 2, EntityType.LOCATION)),
            digits(words)))
        .containsExactly(span(0, 1, EntityType.NUMBER), span(1, 2, EntityType.LOCATION));
  }
}
