package org.khabar.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.khabar.value.Approximation;
import org.khabar.value.DateRelation;
import org.khabar.value.DateValue;
import org.khabar.value.NumberValue;
import org.khabar.value.TimeValue;
import org.khabar.value.Value;

/**
 * A value as JSON: {@code kind} (number, date or time), {@code canonical} (35000, 2015-09-30,
 * 21:30, or a code such as XXXX-WXX-7 for a date the text gives only relative to the report) and
 * the details of its kind.
 */
final class ValueJson {

  private ValueJson() {}

  static void write(Value value, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("canonical", value.canonical());
    if (value instanceof NumberValue number) {
      json.writeStringField("kind", "number");
      if (number.ordinal()) {
        json.writeBooleanField("ordinal", true);
      }
      if (number.approximation() != Approximation.EXACT) {
        json.writeStringField("approximation", number.approximation().name());
        json.writeStringField("qualifier", number.qualifier());
      }
    } else if (value instanceof DateValue date) {
      json.writeStringField("kind", "date");
      json.writeStringField("precision", date.precision().name());
      json.writeBooleanField("resolved", date.resolved());
      if (date.dayPart() != null) {
        json.writeStringField("dayPart", date.dayPart().name());
      }
      if (date.hijri() != null) {
        json.writeStringField("hijri", date.hijri());
      }
      if (date.relation() != null) {
        writeRelation(date.relation(), json);
      }
    } else if (value instanceof TimeValue time) {
      json.writeStringField("kind", "time");
      if (time.dayPart() != null) {
        json.writeStringField("dayPart", time.dayPart().name());
      }
      json.writeBooleanField("halfDayKnown", time.halfDayKnown());
    }
    json.writeEndObject();
  }

  private static void writeRelation(DateRelation relation, JsonGenerator json) throws IOException {
    json.writeObjectFieldStart("relation");
    json.writeStringField("code", relation.code());
    json.writeStringField("anchor", relation.anchor().name());
    json.writeStringField("unit", relation.unit().name());
    json.writeNumberField("amount", relation.amount());
    json.writeStringField("direction", relation.direction().name());
    if (relation.weekday() != null) {
      json.writeStringField("weekday", relation.weekday().name());
    }
    json.writeStringField("text", relation.describe());
    json.writeEndObject();
  }
}
