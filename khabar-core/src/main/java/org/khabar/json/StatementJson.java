package org.khabar.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.khabar.coref.EntityCluster;
import org.khabar.coref.EntityClusters;
import org.khabar.coref.Mention;
import org.khabar.dateline.Dateline;
import org.khabar.entity.Entity;
import org.khabar.text.Layer;
import org.khabar.value.Value;
import org.khabar.value.ValueStage;
import org.khabar.dateline.Source;
import org.khabar.quote.Quotation;
import org.khabar.quote.Statement;
import org.khabar.text.Document;

/**
 * Writes the "dateline", "clusters", "statements" and "quotations" fields of the analysis
 * (described in {@code docs/analysis.schema.json}). Each field is written only when its layer
 * is there, so the schema grows without changing what was there before.
 */
final class StatementJson {

  private StatementJson() {}

  static void write(Document document, int offset, JsonGenerator json) throws IOException {
    if (document.has(Dateline.LAYER)) {
      writeDateline(document, offset, json);
    }
    if (document.has(EntityClusters.KEY)) {
      writeClusters(document, document.get(EntityClusters.KEY), offset, json);
    }
    if (document.has(Statement.LAYER)) {
      writeStatements(document, offset, json);
    }
    if (document.has(Quotation.LAYER)) {
      writeQuotations(document, offset, json);
    }
  }

  private static void writeDateline(Document document, int offset, JsonGenerator json)
      throws IOException {
    var datelines = document.get(Dateline.LAYER);
    if (datelines.isEmpty()) {
      json.writeNullField("dateline");
      return;
    }
    Dateline d = datelines.get(0);
    json.writeObjectFieldStart("dateline");
    AnalysisJson.writeSpan(d.start(), d.end(), offset, json);
    if (d.hasPlace()) {
      json.writeObjectFieldStart("place");
      AnalysisJson.writeSpan(d.placeStart(), d.placeEnd(), offset, json);
      json.writeStringField("text", d.place());
      if (d.placeEntity() >= 0) {
        json.writeNumberField("entity", d.placeEntity());
      }
      json.writeEndObject();
    }
    if (!d.places().isEmpty()) {
      json.writeArrayFieldStart("places");
      for (Dateline.Place place : d.places()) {
        json.writeStartObject();
        AnalysisJson.writeSpan(place.start(), place.end(), offset, json);
        json.writeStringField("text", place.text());
        if (place.entity() >= 0) {
          json.writeNumberField("entity", place.entity());
        }
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    if (d.hasDate()) {
      json.writeObjectFieldStart("date");
      AnalysisJson.writeSpan(d.dateStart(), d.dateEnd(), offset, json);
      json.writeStringField("text", document.text().substring(d.dateStart(), d.dateEnd()));
      if (d.monthDay() != null) {
        json.writeStringField("monthDay", d.monthDay().toString());
      }
      if (d.date() != null) {
        json.writeStringField("value", d.date().toString());
      }
      json.writeEndObject();
    }
    if (d.hasSource()) {
      json.writeObjectFieldStart("source");
      AnalysisJson.writeSpan(d.sourceStart(), d.sourceEnd(), offset, json);
      json.writeStringField("text", d.source());
      json.writeArrayFieldStart("parts");
      for (Source source : d.sources()) {
        json.writeStartObject();
        json.writeStringField("kind", source.kind().name().toLowerCase());
        json.writeStringField("name", source.name());
        json.writeStringField("text", source.written());
        json.writeStringField("description", source.describe());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private static void writeClusters(
      Document document, EntityClusters clusters, int offset, JsonGenerator json)
      throws IOException {
    json.writeArrayFieldStart("clusters");
    for (EntityCluster c : clusters.clusters()) {
      json.writeStartObject();
      json.writeNumberField("id", c.id());
      json.writeStringField("type", c.type() == null ? "UNKNOWN" : c.type().name());
      json.writeStringField("name", c.name());
      if (c.title() != null) {
        json.writeStringField("title", c.title());
      }
      if (c.latin() != null) {
        json.writeStringField("latin", c.latin());
      }
      json.writeArrayFieldStart("mentions");
      for (Mention m : c.mentions()) {
        json.writeStartObject();
        AnalysisJson.writeSpan(m.start(), m.end(), offset, json);
        json.writeStringField("text", document.textOf(m));
        json.writeStringField("kind", m.kind().name().toLowerCase());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeStatements(Document document, int offset, JsonGenerator json)
      throws IOException {
    json.writeArrayFieldStart("statements");
    for (Statement s : document.get(Statement.LAYER)) {
      json.writeStartObject();
      AnalysisJson.writeSpan(s.start(), s.end(), offset, json);
      json.writeStringField("text", document.textOf(s));
      json.writeStringField("type", s.type().name().toLowerCase());
      json.writeStringField("verb", s.verb());
      if (s.hasSpeaker()) {
        json.writeNumberField("speaker", s.speaker());
      } else {
        json.writeNullField("speaker");
      }
      if (s.speakerStart() >= 0) {
        json.writeObjectFieldStart("speakerMention");
        AnalysisJson.writeSpan(s.speakerStart(), s.speakerEnd(), offset, json);
        json.writeStringField("text", document.text().substring(s.speakerStart(), s.speakerEnd()));
        json.writeEndObject();
      }
      if (s.hasDate()) {
        json.writeObjectFieldStart("date");
        AnalysisJson.writeSpan(s.dateStart(), s.dateEnd(), offset, json);
        json.writeStringField("text", document.text().substring(s.dateStart(), s.dateEnd()));
        Value value = valueWithin(document, s.dateStart(), s.dateEnd());
        if (value != null) {
          json.writeFieldName("value");
          ValueJson.write(value, json);
        }
        json.writeEndObject();
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** The value of the first value expression inside {@code [start, end)}, or null. */
  private static Value valueWithin(Document document, int start, int end) {
    for (Entity value : document.find(ValueStage.LAYER).orElse(Layer.empty())) {
      if (value.start() >= start && value.end() <= end && value.value() != null) {
        return value.value();
      }
    }
    return null;
  }

  private static void writeQuotations(Document document, int offset, JsonGenerator json)
      throws IOException {
    json.writeArrayFieldStart("quotations");
    for (Quotation q : document.get(Quotation.LAYER)) {
      json.writeStartObject();
      AnalysisJson.writeSpan(q.start(), q.end(), offset, json);
      json.writeStringField("text", document.textOf(q));
      json.writeStringField("kind", q.kind().name().toLowerCase());
      json.writeBooleanField("closed", q.closed());
      json.writeEndObject();
    }
    json.writeEndArray();
  }
}
