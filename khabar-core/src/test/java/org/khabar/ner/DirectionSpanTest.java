package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khabar.ner.TokenSpans.span;
import static org.khabar.ner.TokenSpans.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.entity.EntityType;
import org.khabar.tokenize.Token;

class DirectionSpanTest {

  @Test
  void aDirectionAloneIsNoPlace() {
    // «شام کے شمالی شہر حلب میں»: in Syria's northern city of Aleppo
    List<Token> words = tokens("شام کے شمالی شہر حلب میں");
    assertThat(WordSpanRules.withoutBareDirections(words, List.of(
            span(0, 1, EntityType.LOCATION), span(2, 3, EntityType.LOCATION),
            span(4, 5, EntityType.LOCATION))))
        .containsExactly(span(0, 1, EntityType.LOCATION), span(4, 5, EntityType.LOCATION));
  }

  @Test
  void aDirectionInAPlaceStays() {
    // «شمالی وزیرستان»: North Waziristan
    List<Token> words = tokens("شمالی وزیرستان میں");
    assertThat(WordSpanRules.withoutBareDirections(words, List.of(span(0, 2, EntityType.LOCATION))))
        .containsExactly(span(0, 2, EntityType.LOCATION));
  }
}
