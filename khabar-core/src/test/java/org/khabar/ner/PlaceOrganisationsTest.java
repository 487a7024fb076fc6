package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khabar.ner.TokenSpans.span;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.entity.EntityType;

class PlaceOrganisationsTest {

  @Test
  void aPlaceRightBeforeAnOrganisationIsPartOfItsName() {
    // «سندھ | ہائر ایجوکیشن کمیشن کے دفتر سے»: from the office of the Sindh Higher Education
    // Commission
    assertThat(PlaceOrganisations.join(List.of(
            span(0, 1, EntityType.LOCATION), span(1, 4, EntityType.ORGANIZATION))))
        .containsExactly(span(0, 4, EntityType.ORGANIZATION));
  }

  @Test
  void aPlaceApartOrAfterStays() {
    // «پاکستان میں | اقوام متحدہ» and «اقوام متحدہ | پاکستان»
    List<TagSet.TokenSpan> apart = List.of(
        span(0, 1, EntityType.LOCATION), span(2, 4, EntityType.ORGANIZATION));
    assertThat(PlaceOrganisations.join(apart)).isEqualTo(apart);
    List<TagSet.TokenSpan> after = List.of(
        span(0, 2, EntityType.ORGANIZATION), span(2, 3, EntityType.LOCATION));
    assertThat(PlaceOrganisations.join(after)).isEqualTo(after);
  }
}
