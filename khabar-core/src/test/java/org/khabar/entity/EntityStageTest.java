package org.khabar.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.UrduPipeline;
import org.khabar.text.Document;

class EntityStageTest {

  @Test
  void mergesTheModelWithTheGrammars() {
    EntityFinder model = document -> List.of(new Entity(0, 3, EntityType.LOCATION, null,
        Entity.Origin.MODEL));
    EntityFinder grammar = document -> List.of(new Entity(4, 6, EntityType.NUMBER, null,
        Entity.Origin.GRAMMAR));
    Document document = Document.of("t", "حلب 35 لوگ");
    Document tokens = UrduPipeline.tokens().apply(document);
    Document done = new EntityStage(model, List.of(grammar)).apply(tokens);
    assertThat(done.get(Entity.LAYER))
        .extracting(Entity::type)
        .containsExactly(EntityType.LOCATION, EntityType.NUMBER);
  }

  @Test
  void needsTokensAndSentences() {
    EntityStage stage = new EntityStage(document -> List.of(), List.of());
    assertThat(stage.requires()).hasSize(2);
    assertThat(stage.produces()).containsExactly(Entity.LAYER);
  }
}
