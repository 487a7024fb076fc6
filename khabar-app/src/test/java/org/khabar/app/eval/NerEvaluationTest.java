package org.khabar.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.khabar.UrduPipeline;
import org.khabar.entity.EntityType;
import org.khabar.ner.NerTagger;
import org.khabar.pipeline.Pipeline;

class NerEvaluationTest {

  private static NerGold.Sentence line(String id, String text, NerGold.Span... spans) {
    return new NerGold.Sentence(id, text, List.of(spans));
  }

  @Test
  void linesAreGroupedByTheBlockTheirIdsFallIn() {
    List<NerGold.Sentence> lines = List.of(line("uner-00071", "ایک"), line("uner-00080", "دو"),
        line("uner-00081", "تین"), line("uner-00171", "چار"), line("no-number", "پانچ"));
    assertThat(NerEvaluation.blocks(lines, 10))
        .extracting(block -> block.stream().map(NerGold.Sentence::id).toList())
        .containsExactly(List.of("uner-00071", "uner-00080"), List.of("uner-00081"),
            List.of("uner-00171"), List.of("no-number"));
    assertThat(NerEvaluation.blocks(lines, 1)).hasSize(5);
  }

  @Test
  void entitiesOfADocumentAreScoredOnTheirOwnLines() {
    // two lines of one block, each with its place at its own offsets
    List<NerGold.Sentence> lines = List.of(
        line("s-1", "وہ پاکستان گئے۔", new NerGold.Span(3, 10, EntityType.LOCATION)),
        line("s-2", "پھر ایران گئے۔", new NerGold.Span(4, 9, EntityType.LOCATION)));
    Pipeline pipeline = UrduPipeline.withEntities(NerTagger.builtIn());
    Set<EntityType> labels = Set.of(EntityType.LOCATION);
    SpanScore alone = NerEvaluation.score(pipeline, lines, labels, null, null, 1);
    SpanScore together = NerEvaluation.score(pipeline, lines, labels, null, null, 10);
    assertThat(together.micro().f1()).isEqualTo(alone.micro().f1()).isEqualTo(1.0);
  }
}
