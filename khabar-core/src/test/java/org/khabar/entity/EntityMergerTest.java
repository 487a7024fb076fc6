package org.khabar.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityMergerTest {

  private static Entity model(int start, int end, EntityType type) {
    return new Entity(start, end, type, null, Entity.Origin.MODEL);
  }

  private static Entity grammar(int start, int end, EntityType type) {
    return new Entity(start, end, type, null, Entity.Origin.GRAMMAR);
  }

  @Test
  void withoutGrammarsTheModelStands() {
    List<Entity> model = List.of(model(0, 4, EntityType.PERSON), model(5, 9, EntityType.NUMBER));
    assertThat(EntityMerger.merge(model, List.of())).isEqualTo(model);
  }

  @Test
  void aGrammarValueWinsOverTheModelsValue() {
    // «قریبا پینتیس ہزار»: the model found «پینتیس ہزار», the grammar the whole.
    Entity modelNumber = model(6, 17, EntityType.NUMBER);
    Entity grammarNumber = grammar(0, 17, EntityType.NUMBER);
    assertThat(EntityMerger.merge(List.of(modelNumber), List.of(grammarNumber)))
        .containsExactly(grammarNumber);
  }

  @Test
  void theModelsNamesWinOverGrammarValues() {
    Entity place = model(0, 7, EntityType.LOCATION);
    Entity number = grammar(0, 2, EntityType.NUMBER);
    assertThat(EntityMerger.merge(List.of(place), List.of(number))).containsExactly(place);
  }

  @Test
  void modelValuesTheGrammarMissedStayAndAllIsInOrder() {
    Entity date = grammar(10, 20, EntityType.DATE);
    Entity number = model(30, 32, EntityType.NUMBER);
    Entity person = model(0, 5, EntityType.PERSON);
    assertThat(EntityMerger.merge(List.of(person, number), List.of(date)))
        .containsExactly(person, date, number);
  }

  @Test
  void amongOverlappingGrammarSpansTheLongestWins() {
    Entity shorter = grammar(0, 5, EntityType.DATE);
    Entity longer = grammar(0, 9, EntityType.DATE);
    assertThat(EntityMerger.merge(List.of(), List.of(shorter, longer))).containsExactly(longer);
  }
}
