package org.khabar.app.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.khabar.UrduPipeline;
import org.khabar.entity.Entity;
import org.khabar.entity.EntityType;
import org.khabar.io.Report;
import org.khabar.json.AnalysisJson;
import org.khabar.text.Document;
import org.khabar.text.Layer;

/**
 * A hand-made report for tests, with the analysis the NER, cluster, quote and dateline stages
 * will write: entities, clusters (with Latin names), statements and a dateline, given by their
 * text and placed by searching the body.
 */
final class FixtureReport {

  private final Report report;
  private final List<Entity> entities = new ArrayList<>();
  private final List<Integer> entityClusters = new ArrayList<>();
  private final ArrayNode clusters = Json.MAPPER.createArrayNode();
  private final ArrayNode statements = Json.MAPPER.createArrayNode();
  private ObjectNode dateline;

  FixtureReport(String id, String date, String source, String headline, String body) {
    this.report = new Report(id, headline, body, date == null ? null : LocalDate.parse(date),
        source, Map.of());
  }

  Report report() {
    return report;
  }

  /** The first occurrence of {@code text} as an entity of {@code type} in {@code cluster}. */
  FixtureReport entity(String text, EntityType type, int cluster) {
    return entity(text, 0, type, cluster);
  }

  FixtureReport entity(String text, int occurrence, EntityType type, int cluster) {
    int start = find(text, occurrence);
    entities.add(new Entity(start, start + text.length(), type, null, Entity.Origin.MODEL));
    entityClusters.add(cluster);
    return this;
  }

  FixtureReport cluster(String name, String latin, String title, EntityType type) {
    ObjectNode cluster = clusters.addObject();
    cluster.put("id", clusters.size() - 1);
    cluster.put("name", name);
    if (latin != null) {
      cluster.put("latin", latin);
    }
    if (title != null) {
      cluster.put("title", title);
    }
    cluster.put("type", type.name());
    return this;
  }

  FixtureReport statement(String text, String kind, String verb, Integer speakerCluster) {
    int start = find(text, 0);
    ObjectNode statement = statements.addObject();
    statement.put("start", start);
    statement.put("end", start + text.length());
    statement.put("type", kind);
    int verbStart = find(verb, 0, start + text.length());
    ObjectNode verbNode = statement.putObject("verb");
    verbNode.put("start", verbStart);
    verbNode.put("end", verbStart + verb.length());
    verbNode.put("text", verb);
    if (speakerCluster != null) {
      statement.put("speaker", speakerCluster);
    }
    return this;
  }

  FixtureReport dateline(String text, String place, String date, String source) {
    int start = find(text, 0);
    dateline = Json.MAPPER.createObjectNode();
    dateline.put("start", start);
    dateline.put("end", start + text.length());
    dateline.put("place", place);
    if (date != null) {
      dateline.put("date", date);
    }
    dateline.put("source", source);
    return this;
  }

  /** The document the archive files the report by: tokens, sentences and the entities. */
  Document document() {
    List<Entity> sorted = new ArrayList<>(entities);
    sorted.sort(Comparator.comparingInt(Entity::start));
    return UrduPipeline.full(document -> sorted).apply(report.toDocument());
  }

  /** The analysis JSON as the full pipeline will write it. */
  String analysisJson() throws Exception {
    ObjectNode json = (ObjectNode) Json.MAPPER.readTree(new AnalysisJson(false).toJson(
        UrduPipeline.full().apply(report.toDocument())));
    ArrayNode entityNodes = json.putArray("entities");
    for (int i = 0; i < entities.size(); i++) {
      Entity entity = entities.get(i);
      ObjectNode node = entityNodes.addObject();
      node.put("start", entity.start());
      node.put("end", entity.end());
      node.put("text", report.body().substring(entity.start(), entity.end()));
      node.put("type", entity.type().name());
      if (entityClusters.get(i) >= 0) {
        node.put("cluster", entityClusters.get(i));
      }
    }
    for (int c = 0; c < clusters.size(); c++) {
      ArrayNode mentions = ((ObjectNode) clusters.get(c)).putArray("mentions");
      for (int i = 0; i < entities.size(); i++) {
        if (entityClusters.get(i) == c) {
          mentions.add(i);
        }
      }
    }
    json.set("clusters", clusters);
    json.set("statements", statements);
    if (dateline != null) {
      json.set("dateline", dateline);
    }
    return Json.MAPPER.writeValueAsString(json);
  }

  private int find(String text, int occurrence) {
    return find(text, occurrence, report.body().length());
  }

  private int find(String text, int occurrence, int before) {
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = report.body().indexOf(text, at + 1);
      if (at < 0 || at + text.length() > before + text.length()) {
        throw new IllegalArgumentException("\"" + text + "\" is not in " + report.id());
      }
    }
    return at;
  }
}
