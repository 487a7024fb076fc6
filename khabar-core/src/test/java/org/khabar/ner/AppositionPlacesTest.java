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

class AppositionPlacesTest {

  /** In these tests only «حلب», «لاذقیہ» and «مظفر» are rare. */
  private static final Predicate<String> RARE = Set.of("حلب", "لاذقیہ", "مظفر")::contains;

  @Test
  void aRareWordAfterAPlaceNounIsAPlace() {
    // «شام کے شمالی شہر حلب میں»: in the northern Syrian city of Aleppo
    List<Token> words = tokens("شام کے شمالی شہر حلب میں فتح");
    assertThat(AppositionPlaces.apply(words, List.of(span(0, 1, EntityType.LOCATION)), RARE))
        .containsExactly(span(0, 1, EntityType.LOCATION), span(4, 5, EntityType.LOCATION));
    // «صوبے لاذقیہ کے»، a comma closes a name as well as a case marker
    assertThat(AppositionPlaces.apply(tokens("صوبے لاذقیہ ، حمص اور"), List.of(), RARE))
        .containsExactly(span(1, 2, EntityType.LOCATION));
  }

  @Test
  void aCommonWordAfterThePlaceNounIsNoPlace() {
    // «صوبہ بنانے کا مطالبہ» (the demand to make a province): بنانے is no rare word
    assertThat(AppositionPlaces.apply(tokens("صوبہ بنانے کا مطالبہ"), List.of(), RARE)).isEmpty();
    assertThat(AppositionPlaces.apply(tokens("شہر میں جلسہ"), List.of(), RARE)).isEmpty();
  }

  @Test
  void aNameOfSeveralWordsIsLeftToTheModel() {
    // «ضلع مظفر گڑھ میں»: مظفر is not closed by a marker
    assertThat(AppositionPlaces.apply(tokens("ضلع مظفر گڑھ میں"), List.of(), RARE)).isEmpty();
  }

  @Test
  void aWordInASpanIsLeftAlone() {
    List<TagSet.TokenSpan> spans = List.of(span(0, 2, EntityType.ORGANIZATION));
    assertThat(AppositionPlaces.apply(tokens("شہر حلب میں"), spans, RARE)).isEqualTo(spans);
  }
}
