package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khabar.ner.TokenSpans.span;
import static org.khabar.ner.TokenSpans.tokens;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.khabar.entity.EntityType;

class PlacesAfterTitlesTest {

  private static final Predicate<String> PLACES =
      Set.of("باجوڑ", "ڈیرہ اسماعیل خان", "شام")::contains;

  @Test
  void aListedPlaceAfterATitleIsTheOfficesPlace() {
    // «ڈی پی او باجوڑ نے بتایا»: the district police officer of Bajaur said
    assertThat(PlacesAfterTitles.apply(tokens("ڈی پی او باجوڑ نے بتایا"),
            List.of(span(0, 3, EntityType.DESIGNATION)), PLACES))
        .containsExactly(span(0, 3, EntityType.DESIGNATION), span(3, 4, EntityType.LOCATION));
    // the longest listed place: «ڈیرہ اسماعیل خان»
    assertThat(PlacesAfterTitles.apply(tokens("ڈی سی ڈیرہ اسماعیل خان نے"),
            List.of(span(0, 2, EntityType.DESIGNATION)), PLACES))
        .containsExactly(span(0, 2, EntityType.DESIGNATION), span(2, 5, EntityType.LOCATION));
  }

  @Test
  void theEveningAndWordsTheModelTookAreLeftAlone() {
    // «وزیراعظم شام کو خطاب کریں گے»: the prime minister speaks in the evening
    List<TagSet.TokenSpan> title = List.of(span(0, 1, EntityType.DESIGNATION));
    assertThat(PlacesAfterTitles.apply(tokens("وزیراعظم شام کو خطاب"), title, PLACES))
        .isEqualTo(title);
    List<TagSet.TokenSpan> person =
        List.of(span(0, 1, EntityType.DESIGNATION), span(1, 2, EntityType.PERSON));
    assertThat(PlacesAfterTitles.apply(tokens("صدر باجوڑ نے"), person, PLACES))
        .isEqualTo(person);
  }
}
