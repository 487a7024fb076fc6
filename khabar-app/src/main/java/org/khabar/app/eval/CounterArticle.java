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

/**
 * One article of COUNTER, the Corpus of Urdu News Text Reuse: an agency report ({@code source})
 * or a newspaper's article made from it ({@code derived}), with the pair's reuse class: WD
 * (wholly derived), PD (partially derived) or ND (not derived).
 */
public record CounterArticle(
    String id,
    String pair,
    String role,
    String classification,
    String domain,
    String newspaper,
    String headline,
    String body) {

  public boolean isSource() {
    return role.equals("source");
  }

  /** True for the derived article of a WD or PD pair. */
  public boolean isReuse() {
    return !isSource() && (classification.equals("WD") || classification.equals("PD"));
  }

  /** Reads {@code counter.jsonl}. */
  public static List<CounterArticle> read(Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<CounterArticle> articles = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = mapper.readTree(line);
        articles.add(
            new CounterArticle(
                node.path("id").asText(),
                node.path("pair").asText(),
                node.path("role").asText(),
                node.path("classification").asText(),
                node.path("domain").asText(),
                node.path("newspaper").asText(),
                node.path("headline").asText(),
                node.path("body").asText()));
      }
    }
    return articles;
  }
}
