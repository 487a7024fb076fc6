package org.khabar.app.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.khabar.json.AnalysisJson;
import org.khabar.pipeline.Pipeline;
import org.khabar.text.Document;
import org.khabar.text.Metadata;

/**
 * {@code POST /api/analyze}: a report's text in (plain UTF-8 text, or JSON {@code {"text": ...,
 * "date": "2015-09-30", "id": ...}}), its analysis out, in the schema of {@code khabar analyze}.
 */
final class AnalyzeApi {

  private static final AnalysisJson WITH_TEXT = new AnalysisJson(true);

  private final Pipeline pipeline;
  private final long maxBytes;
  private final Turns turns;

  /** @param turns the turns analyses take, shared with uploads */
  AnalyzeApi(Pipeline pipeline, long maxBytes, Turns turns) {
    this.pipeline = pipeline;
    this.maxBytes = maxBytes;
    this.turns = turns;
  }

  void analyze(Context ctx) {
    String type = RequestBodies.requireMediaType(ctx, "text/plain", "application/json");
    String body = RequestBodies.utf8(ctx, maxBytes);
    Document document = type.equals("application/json") ? fromJson(body)
        : Document.of("text", body);
    if (document.text().isBlank()) {
      throw ApiException.badRequest("the text is empty; send the report's text in the body");
    }
    ctx.contentType("application/json; charset=utf-8")
        .result(WITH_TEXT.toJson(turns.run(() -> pipeline.apply(document))));
  }

  private static Document fromJson(String body) {
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("the body is not valid JSON (" + e.getOriginalMessage()
          + "); send {\"text\": \"...\"} or the text itself as text/plain");
    }
    if (node == null || !node.isObject() || !node.path("text").isTextual()) {
      throw ApiException.badRequest("the JSON body must be an object with a \"text\" string:"
          + " {\"text\": \"...\", \"date\": \"2015-09-30\"}");
    }
    String id = node.path("id").isTextual() ? node.get("id").asText() : "text";
    LocalDate date = null;
    if (node.path("date").isTextual()) {
      try {
        date = LocalDate.parse(node.get("date").asText());
      } catch (DateTimeParseException e) {
        throw ApiException.badRequest("\"date\" must be a date like 2015-09-30, not \""
            + node.get("date").asText() + "\"");
      }
    }
    return Document.of(id, node.get("text").asText(), new Metadata(null, date, null));
  }
}
