package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khabar.ner.TokenSpans.span;
import static org.khabar.ner.TokenSpans.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.entity.EntityType;

class PartyFactionsTest {

  @Test
  void aFactionLetterInBracketsJoinsTheParty() {
    // «جمعیت علمائے اسلام (ف) کے سربراہ»: the JUI of Fazl
    assertThat(PartyFactions.apply(tokens("جمعیت علمائے اسلام (ف) کے سربراہ"),
            List.of(span(0, 3, EntityType.ORGANIZATION))))
        .containsExactly(span(0, 6, EntityType.ORGANIZATION));
    // written without a space before the bracket
    assertThat(PartyFactions.apply(tokens("مسلم لیگ(ن) کے صدر"),
            List.of(span(0, 2, EntityType.ORGANIZATION))))
        .containsExactly(span(0, 5, EntityType.ORGANIZATION));
  }

  @Test
  void listMarkersPlacesAndOneWordNamesStay() {
    // «( ب )» numbers a list item; a place is no party; «کمیٹی (ن)» is one word
    List<TagSet.TokenSpan> organisation = List.of(span(0, 2, EntityType.ORGANIZATION));
    assertThat(PartyFactions.apply(tokens("نیشنل کونسل ( ب ) سرکاری"), organisation))
        .isEqualTo(organisation);
    List<TagSet.TokenSpan> place = List.of(span(0, 2, EntityType.LOCATION));
    assertThat(PartyFactions.apply(tokens("اسلام آباد (ن) میں"), place)).isEqualTo(place);
    List<TagSet.TokenSpan> oneWord = List.of(span(0, 1, EntityType.ORGANIZATION));
    assertThat(PartyFactions.apply(tokens("کمیٹی (ن) میں"), oneWord)).isEqualTo(oneWord);
  }
}
