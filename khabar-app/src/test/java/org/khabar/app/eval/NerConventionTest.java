package org.khabar.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.entity.EntityType;

class NerConventionTest {

  private static SpanScore.Mention m(int start, int end, EntityType type) {
    return new SpanScore.Mention(start, end, type);
  }

  @Test
  void theSetIsNamedByItsFolder() {
    assertThat(NerConvention.setOf(Path.of("data", "ner", "jahangir", "dev.jsonl")))
        .isEqualTo("jahangir");
    assertThat(NerConvention.named("ilner").labels()).contains(EntityType.ARTIFACT);
    assertThat(NerConvention.named("nosuchset")).isNull();
  }

  @Test
  void ijcnlpReadsDatesAsTimesAndMergesTouchingSpans() {
    NerConvention ijcnlp = NerConvention.named("ijcnlp2008");
    String text = "گیارہ ستمبر 2001ء کو";
    List<SpanScore.Mention> adapted =
        ijcnlp.adapt(List.of(m(0, 11, EntityType.DATE), m(12, 17, EntityType.DATE)), text);
    assertThat(adapted).containsExactly(m(0, 17, EntityType.TIME));
  }

  @Test
  void ijcnlpPutsUnitsOfLengthInItsNumbers() {
    // «۷۵۰ کیلو میٹر لمبا»: 750 kilometres long; Khabar's NUMBER is «۷۵۰»
    NerConvention ijcnlp = NerConvention.named("ijcnlp2008");
    String text = "۷۵۰ کیلو میٹر لمبا";
    assertThat(ijcnlp.adapt(List.of(m(0, 3, EntityType.NUMBER)), text))
        .containsExactly(m(0, 13, EntityType.NUMBER));
    // no unit, or a unit that another mention begins with: the number stays
    assertThat(ijcnlp.adapt(List.of(m(0, 3, EntityType.NUMBER)), "۷۵۰ کیلو گرام"))
        .containsExactly(m(0, 3, EntityType.NUMBER));
    assertThat(ijcnlp.adapt(List.of(m(0, 3, EntityType.NUMBER), m(4, 8, EntityType.LOCATION)),
            text))
        .containsExactly(m(0, 3, EntityType.NUMBER), m(4, 8, EntityType.LOCATION));
    // other sets leave it alone
    assertThat(NerConvention.named("uner").adapt(List.of(m(0, 3, EntityType.NUMBER)), text))
        .containsExactly(m(0, 3, EntityType.NUMBER));
  }

  @Test
  void onlyIjcnlpMarksCenturies() {
    // «انیسویں صدی میں» (in the 19th century): ijcnlp2008's TIME, no mention in the other sets
    String text = "انیسویں صدی میں";
    List<SpanScore.Mention> century = List.of(m(0, 11, EntityType.DATE));
    assertThat(NerConvention.named("ijcnlp2008").adapt(century, text))
        .containsExactly(m(0, 11, EntityType.TIME));
    for (String set : List.of("uner", "jahangir", "ilner")) {
      assertThat(NerConvention.named(set).adapt(century, text)).isEmpty();
    }
    assertThat(NerConvention.named("uner").adapt(List.of(m(0, 5, EntityType.DATE)), "صدیقی آئے")).hasSize(1);
  }

  @Test
  void unerTakesKhabarsEntitiesAsTheyAre() {
    NerConvention uner = NerConvention.named("uner");
    List<SpanScore.Mention> mentions =
        List.of(m(0, 3, EntityType.DESIGNATION), m(4, 14, EntityType.PERSON));
    assertThat(uner.adapt(mentions, "صدر حسن روحانی")).isEqualTo(mentions);
  }

  @Test
  void jahangirMayHaveTitlesInNamesOnlyInTraining() {
    NerConvention jahangir = NerConvention.named("jahangir");
    assertThat(jahangir.trainingCoverOf(EntityType.PERSON))
        .containsExactlyInAnyOrder(EntityType.PERSON, EntityType.DESIGNATION);
    assertThat(jahangir.coverOf(EntityType.PERSON)).containsExactly(EntityType.PERSON);
    assertThat(jahangir.annotated()).doesNotContain(EntityType.DESIGNATION)
        .contains(EntityType.ARTIFACT);
  }
}
