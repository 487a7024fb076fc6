package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.UrduPipeline;
import org.khabar.entity.EntityType;
import org.khabar.text.Document;
import org.khabar.tokenize.Token;

class YearSignTest {

  private static List<Token> tokens(String text) {
    return UrduPipeline.tokens().apply(Document.of("t", text)).get(Token.LAYER);
  }

  private static TagSet.TokenSpan span(int first, int end, EntityType type) {
    return new TagSet.TokenSpan(first, end, type);
  }

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
