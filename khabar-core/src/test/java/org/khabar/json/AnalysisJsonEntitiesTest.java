package org.khabar.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.entity.Entity;
import org.khabar.entity.EntityType;
import org.khabar.text.Document;
import org.khabar.text.Layer;
import org.khabar.value.DatePrecision;
import org.khabar.value.DateRelation;
import org.khabar.value.DateValue;
import org.khabar.value.NumberValue;
import org.khabar.value.Value;

class AnalysisJsonEntitiesTest {

  @Test
  void writesEntitiesWithTheirValues() {
    String text = "پوتین نے 35 کہا";
    List<Entity> entities =
        List.of(
            new Entity(0, 5, EntityType.PERSON, null, Entity.Origin.MODEL),
            new Entity(9, 11, EntityType.NUMBER, NumberValue.of(35), Entity.Origin.GRAMMAR));
    Document document =
        Document.of("d", text).with(Entity.LAYER, Layer.of(entities, text.length()));
    String json = new AnalysisJson(false).toJson(document);
    assertThat(json)
        .contains("\"entities\":[{\"start\":0,\"end\":5,\"text\":\"پوتین\",\"type\":\"PERSON\"}")
        .contains("{\"start\":9,\"end\":11,\"text\":\"35\",\"type\":\"NUMBER\","
            + "\"value\":{\"canonical\":\"35\",\"kind\":\"number\"}}");
  }

  @Test
  void writesTheDetailsOfADateRelativeToTheReport() {
    String text = "اتوار کو";
    Value sunday = DateValue.unresolved(DatePrecision.DAY,
        DateRelation.weekday(java.time.DayOfWeek.SUNDAY, DateRelation.Direction.BEFORE));
    Document document = Document.of("d", text).with(org.khabar.value.ValueStage.LAYER,
        Layer.of(List.of(new Entity(0, 5, EntityType.DATE, sunday, Entity.Origin.GRAMMAR)),
            text.length()));
    assertThat(new AnalysisJson(false).toJson(document))
        .contains("\"values\":[{\"start\":0,\"end\":5,\"text\":\"اتوار\",\"type\":\"DATE\"")
        .contains("\"kind\":\"date\"")
        .contains("\"resolved\":false")
        .contains("\"weekday\":\"SUNDAY\"");
  }
}
