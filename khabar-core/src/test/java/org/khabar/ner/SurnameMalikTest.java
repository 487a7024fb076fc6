package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khabar.ner.TokenSpans.span;
import static org.khabar.ner.TokenSpans.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.entity.EntityType;
import org.khabar.tokenize.Token;

class SurnameMalikTest {

  @Test
  void malikAfterANameIsTheSurname() {
    // «شعیب ملک بھی خوب رنز بنا رہے ہیں»: Shoaib Malik is scoring well too
    List<Token> words = tokens("شعیب ملک بھی خوب رنز بنا رہے ہیں");
    assertThat(WordSpanRules.withSurnameMalik(words, List.of(span(0, 1, EntityType.PERSON))))
        .containsExactly(span(0, 2, EntityType.PERSON));
  }

  @Test
  void malikBeforeInIsTheCountry() {
    // «صدام حسین ملک میں ہی ہیں»: Saddam Hussein is in the country
    List<Token> words = tokens("صدام حسین ملک میں ہی ہیں");
    assertThat(WordSpanRules.withSurnameMalik(words, List.of(span(0, 2, EntityType.PERSON))))
        .containsExactly(span(0, 2, EntityType.PERSON));
  }

  @Test
  void onlyAfterAPerson() {
    List<Token> words = tokens("پاکستان ملک کی ترقی");
    assertThat(WordSpanRules.withSurnameMalik(words, List.of(span(0, 1, EntityType.LOCATION))))
        .containsExactly(span(0, 1, EntityType.LOCATION));
  }
}
