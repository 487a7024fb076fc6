package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khabar.ner.TokenSpans.span;
import static org.khabar.ner.TokenSpans.tokens;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.khabar.entity.EntityType;
import org.khabar.tokenize.Token;

class PersonsInPlacesTest {

  private static final Predicate<String> PLACES =
      Set.of("ڈیرہ اسماعیل خان", "ہانگ کانگ", "لاہور")::contains;

  @Test
  void aPersonInsideAListedPlaceIsThePlace() {
    // «ڈیرہ اسماعیل خان کا دورہ»: a visit to Dera Ismail Khan, not to Ismail Khan
    List<Token> words = tokens("ڈیرہ اسماعیل خان کا دورہ");
    assertThat(PersonsInPlaces.apply(words, List.of(span(1, 3, EntityType.PERSON)), PLACES))
        .containsExactly(span(0, 3, EntityType.LOCATION));
    assertThat(PersonsInPlaces.apply(tokens("ہانگ کانگ میں"),
            List.of(span(0, 2, EntityType.PERSON)), PLACES))
        .containsExactly(span(0, 2, EntityType.LOCATION));
  }

  @Test
  void aPersonBesideAPlaceOrWithAnotherSpanInsideStays() {
    // «اسماعیل خان لاہور میں»: a man in Lahore
    List<TagSet.TokenSpan> spans =
        List.of(span(0, 2, EntityType.PERSON), span(2, 3, EntityType.LOCATION));
    assertThat(PersonsInPlaces.apply(tokens("اسماعیل خان لاہور میں"), spans, PLACES))
        .isEqualTo(spans);
    List<TagSet.TokenSpan> split =
        List.of(span(0, 1, EntityType.ORGANIZATION), span(1, 3, EntityType.PERSON));
    assertThat(PersonsInPlaces.apply(tokens("ڈیرہ اسماعیل خان"), split, PLACES)).isEqualTo(split);
  }
}
