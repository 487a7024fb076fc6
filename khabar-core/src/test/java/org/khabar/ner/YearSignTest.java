package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khabar.ner.TokenSpans.span;
import static org.khabar.ner.TokenSpans.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.entity.EntityType;
import org.khabar.tokenize.Token;

class YearSignTest {

  @Test
  void theYearSignBelongsToTheYear() {
    // «۱۶۲۰؁ء میں» is 1620 | ؁ | ء | میں
    List<Token> words = tokens("۱۶۲۰؁ء میں");
    assertThat(words).hasSize(4);
    assertThat(NerTagger.withYearSigns(words, List.of(span(0, 1, EntityType.DATE))))
        .containsExactly(span(0, 3, EntityType.DATE));
  }

  @Test
  void aNumberMarkedAsAYearIsADate() {
    List<Token> words = tokens("۱۸۲۸ ؁ء کے قریب");
    assertThat(NerTagger.withYearSigns(words, List.of(span(0, 1, EntityType.NUMBER))))
        .containsExactly(span(0, 3, EntityType.DATE));
  }

  @Test
  void theSignsTakenInAreNoSpanOfTheirOwn() {
    List<Token> words = tokens("۱۸۲۸ ؁ء کے قریب");
    assertThat(NerTagger.withYearSigns(words,
            List.of(span(0, 1, EntityType.DATE), span(1, 3, EntityType.TIME))))
        .containsExactly(span(0, 3, EntityType.DATE));
    assertThat(NerTagger.withYearSigns(words, List.of(span(1, 3, EntityType.TIME)))).isEmpty();
  }

  @Test
  void otherSpansAreLeftAlone() {
    List<Token> words = tokens("حسن روحانی نے ۱۶۲۰؁ء میں");
    assertThat(NerTagger.withYearSigns(words,
            List.of(span(0, 2, EntityType.PERSON), span(3, 4, EntityType.LOCATION))))
        .containsExactly(span(0, 2, EntityType.PERSON), span(3, 4, EntityType.LOCATION));
  }
}
