package org.khabar.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.UrduPipeline;
import org.khabar.text.Document;
import org.khabar.value.ValueStage;

class EntityStageTest {

  @Test
  void keepsTheModelsEntitiesAndGivesNumbersTheirValues() {
    EntityFinder model = document -> List.of(
        new Entity(0, 3, EntityType.LOCATION, null, Entity.Origin.MODEL),
        new Entity(4, 15, EntityType.NUMBER, null, Entity.Origin.MODEL));
    Document tokens = values("حلب پینتیس ہزار لوگ");
    Document done = new EntityStage(model).apply(tokens);
    assertThat(done.get(Entity.LAYER))
        .extracting(Entity::type)
        .containsExactly(EntityType.LOCATION, EntityType.NUMBER);
    assertThat(done.get(Entity.LAYER).get(0).value()).isNull();
    assertThat(done.get(Entity.LAYER).get(1).value().canonical()).isEqualTo("35000");
  }

  @Test
  void aCenturyTheGrammarReadsIsADateAndReplacesTheNumberOfItsOrdinal() {
    // «۱۹ ویں صدی تک» (until the 19th century): the model found only «۱۹», a NUMBER
    String text = "حکومت ۱۹ ویں صدی تک چلی";
    EntityFinder model = document -> List.of(
        new Entity(6, 8, EntityType.NUMBER, null, Entity.Origin.MODEL));
    Document done = new EntityStage(model).apply(values(text));
    assertThat(done.get(Entity.LAYER)).extracting(e -> done.textOf(e) + " " + e.type())
        .containsExactly("۱۹ ویں صدی DATE");
    assertThat(done.get(Entity.LAYER).get(0).value().canonical()).isEqualTo("18");
  }

  @Test
  void aCenturyInsideANameStaysTheName() {
    String text = "اکیسویں صدی فاؤنڈیشن نے کہا";
    EntityFinder model = document -> List.of(
        new Entity(0, 20, EntityType.ORGANIZATION, null, Entity.Origin.MODEL));
    Document done = new EntityStage(model).apply(values(text));
    assertThat(done.get(Entity.LAYER)).extracting(Entity::type)
        .containsExactly(EntityType.ORGANIZATION);
  }

  @Test
  void aNameInsideATimeOfSeveralWordsIsNone() {
    // «جمعرات کی شام» is Thursday evening, and «شام» in it no Syria
    String text = "جمعرات کی شام اجلاس ہوا";
    EntityFinder model = document -> List.of(
        new Entity(10, 13, EntityType.LOCATION, null, Entity.Origin.MODEL));
    Document done = new EntityStage(model).apply(values(text));
    assertThat(done.get(Entity.LAYER)).isEmpty();
  }

  @Test
  void aNameThatIsAOneWordTimeIsLeftToTheModel() {
    // «جون پال»: John Paul, whose «جون» alone the grammar reads as June
    String text = "جون پال نے کہا";
    EntityFinder model = document -> List.of(
        new Entity(0, 7, EntityType.PERSON, null, Entity.Origin.MODEL));
    Document done = new EntityStage(model).apply(values(text));
    assertThat(done.get(Entity.LAYER)).extracting(Entity::type)
        .containsExactly(EntityType.PERSON);
  }

  @Test
  void needsTokensSentencesAndValues() {
    EntityStage stage = new EntityStage(document -> List.of());
    assertThat(stage.requires()).hasSize(3);
    assertThat(stage.produces()).containsExactly(Entity.LAYER);
  }

  private static Document values(String text) {
    return new ValueStage().apply(UrduPipeline.tokens().apply(Document.of("t", text)));
  }
}
