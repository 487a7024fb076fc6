package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khabar.ner.TokenSpans.span;
import static org.khabar.ner.TokenSpans.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.entity.EntityType;
import org.khabar.tokenize.Token;

class WebTokenSpanTest {

  @Test
  void hashtagsAddressesAndMailAreNoNames() {
    // «#ClimateAction اور لاہور https://www.un.org info@un.org»
    List<Token> words = tokens("#ClimateAction اور لاہور https://www.un.org info@un.org");
    assertThat(WordSpanRules.withoutWebTokens(words, List.of(
            span(0, 1, EntityType.LOCATION), span(2, 3, EntityType.LOCATION),
            span(3, 4, EntityType.ORGANIZATION), span(4, 5, EntityType.PERSON))))
        .containsExactly(span(2, 3, EntityType.LOCATION));
  }

  @Test
  void aUserNameStays() {
    List<Token> words = tokens("@BBCUrdu نے لکھا");
    assertThat(WordSpanRules.withoutWebTokens(words, List.of(span(0, 1, EntityType.ORGANIZATION))))
        .containsExactly(span(0, 1, EntityType.ORGANIZATION));
  }
}
