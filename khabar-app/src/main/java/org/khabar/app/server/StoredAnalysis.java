package org.khabar.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entities, clusters and statements of a stored analysis (schema {@code khabar-analysis}),
 * read leniently: each part may be absent, and references may be written as indexes, ids or
 * spans. Offsets are into the report's body.
 */
final class StoredAnalysis {

  /** A span of the body naming an entity. */
  record Mention(int start, int end, String text, String type, String clusterRef) {}

  /** One real-world entity of the report and the mentions that name it. */
  record Cluster(String ref, String name, String latin, String title, String type,
      List<Mention> mentions) {}

  /** Something said: its span, direct or indirect, the verb, and who said it. */
  record Statement(int start, int end, String text, String kind, String verb, Cluster speaker,
      String speakerText) {}

  private final String body;
  private final List<Mention> entities = new ArrayList<>();
  private final List<Cluster> clusters = new ArrayList<>();
  private final Map<String, Cluster> clustersByRef = new HashMap<>();
  private final List<Statement> statements = new ArrayList<>();

  private StoredAnalysis(JsonNode analysis, String body) {
    this.body = body == null ? "" : body;
    if (analysis == null) {
      return;
    }
    for (JsonNode entity : analysis.path("entities")) {
      Mention mention = mention(entity);
      if (mention != null) {
        entities.add(mention);
      }
    }
    JsonNode clusterNodes = analysis.path("clusters");
    for (int i = 0; i < clusterNodes.size(); i++) {
      Cluster cluster = cluster(clusterNodes.get(i), i);
      clusters.add(cluster);
      clustersByRef.put(String.valueOf(i), cluster);
      clustersByRef.putIfAbsent(cluster.ref(), cluster);
    }
    for (JsonNode statement : analysis.path("statements")) {
      Statement read = statement(statement);
      if (read != null) {
        statements.add(read);
      }
    }
  }

  static StoredAnalysis of(JsonNode analysis, String body) {
    return new StoredAnalysis(analysis, body);
  }

  List<Mention> entities() {
    return entities;
  }

  List<Cluster> clusters() {
    return clusters;
  }

  List<Statement> statements() {
    return statements;
  }

  private Mention mention(JsonNode node) {
    int[] span = span(node);
    if (span == null) {
      return null;
    }
    String text = node.path("text").isTextual() ? node.get("text").asText()
        : body.substring(span[0], span[1]);
    JsonNode cluster = node.get("cluster");
    return new Mention(span[0], span[1], text, node.path("type").asText(""),
        cluster == null || cluster.isNull() ? null : cluster.asText());
  }

  private Cluster cluster(JsonNode node, int index) {
    String ref = node.hasNonNull("id") ? node.get("id").asText() : String.valueOf(index);
    List<Mention> mentions = new ArrayList<>();
    for (JsonNode mention : node.path("mentions")) {
      if (mention.isInt() && mention.asInt() >= 0 && mention.asInt() < entities.size()) {
        mentions.add(entities.get(mention.asInt()));
      } else if (mention.isObject() && mention.path("entity").isInt()) {
        int entity = mention.get("entity").asInt();
        if (entity >= 0 && entity < entities.size()) {
          mentions.add(entities.get(entity));
        }
      } else if (mention.isObject()) {
        Mention read = mention(mention);
        if (read != null) {
          mentions.add(read);
        }
      }
    }
    for (Mention entity : entities) {
      if (entity.clusterRef() != null && (entity.clusterRef().equals(ref)
          || entity.clusterRef().equals(String.valueOf(index))) && !mentions.contains(entity)) {
        mentions.add(entity);
      }
    }
    String name = firstText(node, "name", "canonical", "canonical_name", "canonicalName");
    if (name == null && !mentions.isEmpty()) {
      name = mentions.get(0).text();
    }
    return new Cluster(ref, name, firstText(node, "latin", "latin_name", "latinName"),
        firstText(node, "title"), node.path("type").asText(""), mentions);
  }

  private Statement statement(JsonNode node) {
    int[] span = span(node.has("span") ? node.get("span") : node);
    if (span == null) {
      return null;
    }
    String kind = firstText(node, "type", "kind");
    if (kind == null && node.path("direct").isBoolean()) {
      kind = node.get("direct").asBoolean() ? "direct" : "indirect";
    }
    JsonNode speaker = node.get("speaker");
    Cluster cluster = null;
    String speakerText = null;
    if (speaker != null && (speaker.isNumber() || speaker.isTextual())) {
      cluster = clustersByRef.get(speaker.asText());
      speakerText = cluster == null ? speaker.asText() : null;
    } else if (speaker != null && speaker.isObject()) {
      JsonNode ref = speaker.get("cluster");
      cluster = ref == null ? null : clustersByRef.get(ref.asText());
      speakerText = firstText(speaker, "text", "name");
    }
    if (cluster == null && node.hasNonNull("speaker_cluster")) {
      cluster = clustersByRef.get(node.get("speaker_cluster").asText());
    }
    return new Statement(span[0], span[1], body.substring(span[0], span[1]),
        kind == null ? "" : kind, firstText(node, "verb"), cluster, speakerText);
  }

  /** {start, end} of a node with start and end fields or a [start, end] array, in the body. */
  private int[] span(JsonNode node) {
    int start;
    int end;
    if (node.isArray() && node.size() == 2) {
      start = node.get(0).asInt(-1);
      end = node.get(1).asInt(-1);
    } else if (node.path("start").isInt() && node.path("end").isInt()) {
      start = node.get("start").asInt();
      end = node.get("end").asInt();
    } else {
      return null;
    }
    return start >= 0 && start < end && end <= body.length() ? new int[] {start, end} : null;
  }

  /** The first of {@code fields} that is a string, or an object with a {@code text}. */
  private static String firstText(JsonNode node, String... fields) {
    for (String field : fields) {
      JsonNode value = node.get(field);
      if (value != null && value.isTextual() && !value.asText().isBlank()) {
        return value.asText();
      }
      if (value != null && value.isObject() && value.path("text").isTextual()) {
        return value.get("text").asText();
      }
    }
    return null;
  }
}
