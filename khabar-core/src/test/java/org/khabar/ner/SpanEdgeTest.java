package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khabar.ner.TokenSpans.span;
import static org.khabar.ner.TokenSpans.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.entity.EntityType;
import org.khabar.tokenize.Token;

class SpanEdgeTest {

  @Test
  void aQuoteMarkOpeningTheStatementIsNoPartOfTheName() {
    // کہ | " | آئی ایم ایف | پروگرام
    List<Token> words = tokens("کہ \"آئی ایم ایف پروگرام");
    assertThat(WordSpanRules.withoutEdgePunctuation(words,
            List.of(span(1, 5, EntityType.ORGANIZATION))))
        .containsExactly(span(2, 5, EntityType.ORGANIZATION));
  }

  @Test
  void marksAtBothEndsGoAndASpanOfMarksAloneIsDropped() {
    // ” | شمس | ” | ، | اور | '
    List<Token> words = tokens("”شمس”، اور '");
    assertThat(WordSpanRules.withoutEdgePunctuation(words, List.of(
            span(0, 4, EntityType.PERSON), span(5, 6, EntityType.PERSON))))
        .containsExactly(span(1, 2, EntityType.PERSON));
  }

  @Test
  void bracketsStayForTheBracketRuleToJudge() {
    // مسلم لیگ ( ن )
    List<Token> words = tokens("مسلم لیگ (ن)");
    assertThat(WordSpanRules.withoutEdgePunctuation(words,
            List.of(span(0, 5, EntityType.ORGANIZATION))))
        .containsExactly(span(0, 5, EntityType.ORGANIZATION));
  }

  @Test
  void aYearAfterAPersonsNameIsNoPartOfIt() {
    // عبدالقدیر خان | 1936ء | میں
    List<Token> words = tokens("عبدالقدیر خان 1936ء میں");
    assertThat(WordSpanRules.withoutNumbersEndingNames(words, List.of(
            span(0, 3, EntityType.PERSON))))
        .containsExactly(span(0, 2, EntityType.PERSON));
    List<Token> place = tokens("چک نمبر 1 میں");
    assertThat(WordSpanRules.withoutNumbersEndingNames(place, List.of(
            span(0, 3, EntityType.LOCATION))))
        .containsExactly(span(0, 3, EntityType.LOCATION));
  }
}
