package org.khabar.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.khabar.UrduPipeline;
import org.khabar.entity.Entity;
import org.khabar.entity.EntityType;
import org.khabar.text.Document;
import org.khabar.text.Metadata;

/** Values for spans that the model found, where the grammar would not have marked them. */
class ValueParserTest {

  private static Document document(String text, LocalDate date) {
    return UrduPipeline.tokens().apply(Document.of("t", text, new Metadata(null, date, null)));
  }

  private static Entity modelSpan(String text, String covered, EntityType type) {
    int start = text.indexOf(covered);
    return new Entity(start, start + covered.length(), type, null, Entity.Origin.MODEL);
  }

  @Test
  void theModelsOneIsANumber() {
    String text = "اس واقعے میں ایک پولیس اہلکار زخمی ہوا۔";
    Document document = document(text, null);

    Entity valued = ValueParser.withValue(document, modelSpan(text, "ایک", EntityType.NUMBER));

    assertThat(valued.value()).isEqualTo(NumberValue.of(1));
    assertThat(valued.origin()).isEqualTo(Entity.Origin.MODEL);
  }

  @Test
  void aQualifierJustOutsideTheSpanCounts() {
    String text = "کاشتکاروں کو تقریبا 14 ارب روپے کا نقصان ہوا۔";
    Document document = document(text, null);

    Optional<Value> value =
        ValueParser.parse(document, modelSpan(text, "14 ارب", EntityType.NUMBER));

    assertThat(value).contains(NumberValue.of(14_000_000_000L).qualified(Approximation.ABOUT, "تقریبا"));
  }

  @Test
  void aSpanThatTakesInTheQualifierHasTheSameValue() {
    String text = "کاشتکاروں کو تقریبا 14 ارب روپے کا نقصان ہوا۔";
    Document document = document(text, null);

    Optional<Value> value =
        ValueParser.parse(document, modelSpan(text, "تقریبا 14 ارب", EntityType.NUMBER));

    assertThat(value.map(Value::canonical)).contains("14000000000");
    assertThat(((NumberValue) value.orElseThrow()).approximation()).isEqualTo(Approximation.ABOUT);
  }

  @Test
  void aBareYearTheModelCallsADateIsAYear() {
    String text = "یہ منصوبہ 2013 سے پہلے شروع نہیں ہوا۔";

    Optional<Value> value =
        ValueParser.parse(document(text, null), modelSpan(text, "2013", EntityType.DATE));

    assertThat(value).contains(DateValue.year(2013));
  }

  @Test
  void aWeekdayTheModelFindsIsResolvedAgainstTheReport() {
    String text = "انہوں نے جمعہ کی نماز کے بعد خطاب کیا۔";

    Optional<Value> value =
        ValueParser.parse(
            document(text, LocalDate.of(2016, 12, 25)), modelSpan(text, "جمعہ", EntityType.DATE));

    assertThat(value.map(Value::canonical)).contains("2016-12-23");
  }

  @Test
  void aDurationTaggedAsTimeHasNoValue() {
    String text = "وہ دو سال سے جیل میں ہیں۔";

    assertThat(ValueParser.parse(document(text, null), modelSpan(text, "دو سال", EntityType.TIME)))
        .isEmpty();
  }

  @Test
  void otherTypesHaveNoValue() {
    String text = "حسن روحانی نے کہا۔";

    assertThat(ValueParser.parse(document(text, null), modelSpan(text, "حسن روحانی", EntityType.PERSON)))
        .isEmpty();
  }

  @Test
  void textCanBeParsedDirectly() {
    assertThat(ValueParser.number("چار سو ترپن")).contains(NumberValue.of(453));
    assertThat(ValueParser.time("رات ساڑھے نو بجے").map(Value::canonical)).contains("21:30");
    assertThat(ValueParser.date("اتوار", LocalDate.of(2016, 12, 27)).map(Value::canonical))
        .contains("2016-12-25");
  }
}
