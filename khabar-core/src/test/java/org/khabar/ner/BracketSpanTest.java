package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khabar.ner.TokenSpans.span;
import static org.khabar.ner.TokenSpans.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.entity.EntityType;
import org.khabar.tokenize.Token;

class BracketSpanTest {

  @Test
  void aSpanRunningOutOfABracketIsDropped() {
    // ماسکو | ( | مانیٹرنگ | ڈیسک | ) | روسی | صدر
    List<Token> words = tokens("ماسکو (مانیٹرنگ ڈیسک) روسی صدر");
    assertThat(words).hasSize(7);
    assertThat(NerTagger.withBalancedBrackets(words, List.of(span(0, 1, EntityType.LOCATION),
            span(3, 6, EntityType.ORGANIZATION), span(1, 4, EntityType.ORGANIZATION))))
        .containsExactly(span(0, 1, EntityType.LOCATION));
  }

  @Test
  void aBracketPairInsideANameStays() {
    // مسلم | لیگ | ( | ن | ) | نے
    List<Token> words = tokens("مسلم لیگ (ن) نے");
    assertThat(words).hasSize(6);
    assertThat(NerTagger.withBalancedBrackets(words, List.of(span(0, 5, EntityType.ORGANIZATION))))
        .containsExactly(span(0, 5, EntityType.ORGANIZATION));
  }
}
