package org.khabar.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.khabar.entity.EntityType;
import org.khabar.io.InputException;

/**
 * Reads a named-entity set in JSON Lines, one sentence a line: {@code {"id": ..., "text": ...,
 * "entities": [{"start": 0, "end": 8, "label": "ORGANIZATION"}, ...]}}, offsets into {@code text}.
 */
public final class NerGold {

  /** One annotated entity: {@code [start, end)} in the sentence's text. */
  public record Span(int start, int end, EntityType type) {}

  /** One annotated sentence. */
  public record Sentence(String id, String text, List<Span> entities) {}

  private NerGold() {}

  public static List<Sentence> read(Path path) throws InputException {
    ObjectMapper mapper = new ObjectMapper();
    List<Sentence> sentences = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        sentences.add(parse(mapper, line, path, number));
      }
    } catch (IOException e) {
      throw new InputException(path, e.getMessage() == null ? e.toString() : e.getMessage());
    }
    return sentences;
  }

  private static Sentence parse(ObjectMapper mapper, String line, Path path, int number)
      throws InputException {
    JsonNode node;
    try {
      node = mapper.readTree(line);
    } catch (IOException e) {
      throw new InputException(path.toString(), number, "not JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      throw new InputException(path.toString(), number, "no \"text\"");
    }
    List<Span> spans = new ArrayList<>();
    for (JsonNode entity : node.path("entities")) {
      int start = entity.path("start").asInt(-1);
      int end = entity.path("end").asInt(-1);
      String label = entity.path("label").asText();
      EntityType type;
      try {
        type = EntityType.valueOf(label);
      } catch (IllegalArgumentException e) {
        throw new InputException(path.toString(), number, "unknown label \"" + label + "\"");
      }
      if (start < 0 || end <= start || end > text.asText().length()) {
        throw new InputException(path.toString(), number, "bad span [" + start + ", " + end + ")");
      }
      spans.add(new Span(start, end, type));
    }
    return new Sentence(node.path("id").asText("line-" + number), text.asText(), spans);
  }
}
