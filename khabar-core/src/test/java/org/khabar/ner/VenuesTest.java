package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khabar.ner.TokenSpans.span;
import static org.khabar.ner.TokenSpans.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.entity.EntityType;

class VenuesTest {

  @Test
  void aNameBeforeStadiumOrAirportIsThePlace() {
    // «قذافی اسٹیڈیم میں»: in Lahore's stadium, not in Colonel Gaddafi
    assertThat(Venues.apply(tokens("قذافی اسٹیڈیم میں"), List.of(span(0, 1, EntityType.PERSON))))
        .containsExactly(span(0, 2, EntityType.LOCATION));
    assertThat(Venues.apply(tokens("کراچی ایئرپورٹ پر"), List.of(span(0, 1, EntityType.LOCATION))))
        .containsExactly(span(0, 2, EntityType.LOCATION));
    assertThat(Venues.apply(tokens("شیخ زید سٹیڈیم"), List.of(span(0, 3, EntityType.PERSON))))
        .containsExactly(span(0, 3, EntityType.LOCATION));
    // the model read «اسٹیڈیم» as a place of its own
    assertThat(Venues.apply(tokens("قذافی اسٹیڈیم میں"),
            List.of(span(0, 1, EntityType.PERSON), span(1, 2, EntityType.LOCATION))))
        .containsExactly(span(0, 2, EntityType.LOCATION));
  }

  @Test
  void otherNamesAndDatesStayAsTheyAre() {
    List<TagSet.TokenSpan> spans = List.of(span(0, 2, EntityType.PERSON));
    assertThat(Venues.apply(tokens("عمران خان اسٹیڈیم گئے"), List.of(span(0, 2, EntityType.DATE))))
        .containsExactly(span(0, 2, EntityType.DATE));
    assertThat(Venues.apply(tokens("عمران خان لاہور گئے"), spans)).isEqualTo(spans);
  }
}
