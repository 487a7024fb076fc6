package org.khabar.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.khabar.entity.Entity;
import org.khabar.sentence.Sentence;
import org.khabar.text.Document;
import org.khabar.text.Layer;
import org.khabar.text.Metadata;
import org.khabar.tokenize.Token;
import org.khabar.value.ValueStage;

/**
 * Writes a document's analysis as JSON in the documented, versioned schema ({@code
 * docs/analysis.schema.json}). Every offset refers to the original text; when a document is one
 * part of a larger file, {@code offset} is added to every span so offsets refer to the whole
 * file.
 */
public final class AnalysisJson {

  /** The schema's name and version, written into every analysis. */
  public static final String SCHEMA = "khabar-analysis";

  public static final String VERSION = "1.3";

  private static final JsonFactory FACTORY = new JsonFactory();

  private final boolean includeText;
  private final boolean includeTokens;

  /** A writer of everything, with or without the original text. */
  public AnalysisJson(boolean includeText) {
    this(includeText, true);
  }

  /**
   * A writer that may leave out the text and the tokens (an archive keeps the text apart and
   * does not need every token of millions of reports).
   */
  public AnalysisJson(boolean includeText, boolean includeTokens) {
    this.includeText = includeText;
    this.includeTokens = includeTokens;
  }

  /** The analysis of {@code document} as one line of JSON. */
  public String toJson(Document document) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      write(document, 0, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes the analysis of {@code document} to {@code out} as one line of UTF-8 JSON. */
  public void write(Document document, int offset, OutputStream out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      write(document, offset, json);
    }
  }

  public void write(Document document, int offset, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("schema", SCHEMA);
    json.writeStringField("version", VERSION);
    json.writeStringField("id", document.id());
    if (offset != 0) {
      json.writeNumberField("offset", offset);
    }
    json.writeNumberField("length", document.text().length());
    writeMetadata(document.metadata(), json);
    if (includeText) {
      json.writeStringField("text", document.text());
    }
    StatementJson.write(document, offset, json);
    if (document.has(Sentence.LAYER)) {
      writeSentences(document, document.get(Sentence.LAYER), offset, json);
    }
    if (document.has(Entity.LAYER)) {
      writeEntities("entities", document, document.get(Entity.LAYER), offset, json);
    }
    if (document.has(ValueStage.LAYER)) {
      writeEntities("values", document, document.get(ValueStage.LAYER), offset, json);
    }
    if (includeTokens && document.has(Token.LAYER)) {
      writeTokens(document, document.get(Token.LAYER), offset, json);
    }
    json.writeEndObject();
  }

  /** Each entity or value expression: its span, text and type, and its value when known. */
  private static void writeEntities(String field,
      Document document, Layer<Entity> entities, int offset, JsonGenerator json)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (Entity entity : entities) {
      json.writeStartObject();
      writeSpan(entity.start(), entity.end(), offset, json);
      json.writeStringField("text", document.textOf(entity));
      json.writeStringField("type", entity.type().name());
      if (entity.value() != null) {
        json.writeFieldName("value");
        ValueJson.write(entity.value(), json);
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeMetadata(Metadata metadata, JsonGenerator json) throws IOException {
    if (metadata.equals(Metadata.NONE)) {
      return;
    }
    json.writeObjectFieldStart("metadata");
    if (metadata.headline() != null) {
      json.writeStringField("headline", metadata.headline());
    }
    if (metadata.date() != null) {
      json.writeStringField("date", metadata.date().toString());
    }
    if (metadata.source() != null) {
      json.writeStringField("source", metadata.source());
    }
    json.writeEndObject();
  }

  private static void writeSentences(
      Document document, Layer<Sentence> sentences, int offset, JsonGenerator json)
      throws IOException {
    json.writeArrayFieldStart("sentences");
    for (Sentence sentence : sentences) {
      json.writeStartObject();
      writeSpan(sentence.start(), sentence.end(), offset, json);
      json.writeStringField("text", document.textOf(sentence));
      json.writeArrayFieldStart("tokens");
      json.writeNumber(sentence.firstToken());
      json.writeNumber(sentence.endToken());
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeTokens(
      Document document, Layer<Token> tokens, int offset, JsonGenerator json) throws IOException {
    json.writeArrayFieldStart("tokens");
    for (Token token : tokens) {
      json.writeStartObject();
      writeSpan(token.start(), token.end(), offset, json);
      String text = document.textOf(token);
      json.writeStringField("text", text);
      if (!text.equals(token.norm())) {
        json.writeStringField("norm", token.norm());
      }
      json.writeStringField("type", token.type().name());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  static void writeSpan(int start, int end, int offset, JsonGenerator json) throws IOException {
    json.writeNumberField("start", start + offset);
    json.writeNumberField("end", end + offset);
  }
}
