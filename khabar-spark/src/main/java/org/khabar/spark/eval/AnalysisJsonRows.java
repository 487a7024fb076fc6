package org.khabar.spark.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.io.Report;
import org.khabar.spark.rows.DatelineRow;
import org.khabar.spark.rows.MentionRow;
import org.khabar.spark.rows.ReportRow;
import org.khabar.spark.rows.SourcePart;
import org.khabar.spark.rows.StatementRow;

/**
 * The table rows a report should have, worked out from the JSON that {@code khabar analyze}
 * prints for it (the analysis schema, {@code docs/schema-statements.md}), independently of the
 * job's own reading of the analysed document. Where the two agree, the job's tables say exactly
 * what {@code khabar analyze} says.
 */
public final class AnalysisJsonRows {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AnalysisJsonRows() {}

  /**
   * The rows of {@code report} from its analysis JSON; the report gives what the JSON of {@code
   * khabar analyze} leaves out (headline and source, which the command does not take) and {@code
   * warning} what its parsing left out.
   */
  public static AnalysisRows of(String json, Report report, String warning) {
    JsonNode analysis;
    try {
      analysis = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not analysis JSON: " + e.getOriginalMessage(), e);
    }
    String id = analysis.path("id").asText();
    List<MentionRow> mentions = mentions(id, analysis);
    List<StatementRow> statements = statements(id, analysis);
    ReportRow row = new ReportRow();
    row.setId(id);
    row.setHeadline(report.headline());
    row.setDate(report.date());
    row.setSource(report.source());
    row.setWarning(warning);
    row.setLength(analysis.path("length").asInt());
    row.setDateline(dateline(analysis.get("dateline")));
    row.setSentences(analysis.path("sentences").size());
    row.setTokens(analysis.path("tokens").size());
    row.setEntities(analysis.path("entities").size());
    row.setClusters(analysis.path("clusters").size());
    row.setMentions(mentions.size());
    row.setStatements(statements.size());
    row.setQuotations(analysis.path("quotations").size());
    return new AnalysisRows(row, mentions, statements);
  }

  private static DatelineRow dateline(JsonNode dateline) {
    if (dateline == null || dateline.isNull()) {
      return null;
    }
    DatelineRow row = new DatelineRow();
    row.setStart(dateline.path("start").asInt());
    row.setEnd(dateline.path("end").asInt());
    JsonNode place = dateline.path("place");
    row.setPlace(text(place, "text"));
    row.setPlaceStart(place.path("start").asInt(-1)); // a dateline may name only its source
    row.setPlaceEnd(place.path("end").asInt(-1));
    row.setPlaceEntity(integer(place, "entity"));
    JsonNode date = dateline.get("date");
    if (date != null) {
      row.setDateStart(integer(date, "start"));
      row.setDateEnd(integer(date, "end"));
      row.setDateText(text(date, "text"));
      row.setMonthDay(text(date, "monthDay"));
      String value = text(date, "value");
      row.setDate(value == null ? null : LocalDate.parse(value));
    }
    JsonNode source = dateline.path("source");
    row.setSource(text(source, "text"));
    row.setSourceStart(source.path("start").asInt(-1)); // a colon dateline has no source
    row.setSourceEnd(source.path("end").asInt(-1));
    List<SourcePart> parts = new ArrayList<>();
    for (JsonNode part : source.path("parts")) {
      parts.add(new SourcePart(text(part, "kind"), text(part, "name"), text(part, "text"),
          text(part, "description")));
    }
    row.setSources(parts);
    return row;
  }

  /** Every mention of every cluster; then every entity that is not a cluster's name mention. */
  private static List<MentionRow> mentions(String id, JsonNode analysis) {
    Map<String, JsonNode> entityAt = new HashMap<>();
    for (JsonNode entity : analysis.path("entities")) {
      entityAt.put(span(entity), entity);
    }
    List<MentionRow> rows = new ArrayList<>();
    Set<String> named = new HashSet<>();
    for (JsonNode cluster : analysis.path("clusters")) {
      for (JsonNode mention : cluster.path("mentions")) {
        if ("name".equals(text(mention, "kind"))) {
          named.add(span(mention));
        }
        MentionRow row = new MentionRow();
        row.setReportId(id);
        row.setCluster(cluster.path("id").asInt());
        row.setType(text(cluster, "type"));
        row.setName(text(cluster, "name"));
        row.setTitle(text(cluster, "title"));
        row.setLatin(text(cluster, "latin"));
        row.setStart(mention.path("start").asInt());
        row.setEnd(mention.path("end").asInt());
        row.setText(text(mention, "text"));
        row.setKind(text(mention, "kind"));
        JsonNode entity = entityAt.get(span(mention));
        row.setValue(entity == null ? null : canonicalValue(entity));
        rows.add(row);
      }
    }
    for (JsonNode entity : analysis.path("entities")) {
      if (named.contains(span(entity))) {
        continue;
      }
      MentionRow row = new MentionRow();
      row.setReportId(id);
      row.setType(text(entity, "type"));
      row.setStart(entity.path("start").asInt());
      row.setEnd(entity.path("end").asInt());
      row.setText(text(entity, "text"));
      row.setKind("entity");
      row.setValue(canonicalValue(entity));
      rows.add(row);
    }
    return rows;
  }

  private static List<StatementRow> statements(String id, JsonNode analysis) {
    Map<Integer, JsonNode> clusters = new HashMap<>();
    for (JsonNode cluster : analysis.path("clusters")) {
      clusters.put(cluster.path("id").asInt(), cluster);
    }
    List<StatementRow> rows = new ArrayList<>();
    int index = 0;
    for (JsonNode statement : analysis.path("statements")) {
      StatementRow row = new StatementRow();
      row.setReportId(id);
      row.setIndex(index++);
      row.setStart(statement.path("start").asInt());
      row.setEnd(statement.path("end").asInt());
      row.setText(text(statement, "text"));
      row.setType(text(statement, "type"));
      row.setVerb(text(statement, "verb"));
      Integer speaker = integer(statement, "speaker");
      row.setSpeaker(speaker);
      if (speaker != null) {
        JsonNode cluster = clusters.get(speaker);
        if (cluster == null) {
          throw new IllegalArgumentException(
              "report " + id + ": a statement's speaker " + speaker + " is not a cluster");
        }
        row.setSpeakerName(text(cluster, "name"));
        row.setSpeakerLatin(text(cluster, "latin"));
      }
      JsonNode mention = statement.get("speakerMention");
      if (mention != null) {
        row.setSpeakerStart(integer(mention, "start"));
        row.setSpeakerEnd(integer(mention, "end"));
        row.setSpeakerText(text(mention, "text"));
      }
      JsonNode date = statement.get("date");
      if (date != null) {
        row.setDateStart(integer(date, "start"));
        row.setDateEnd(integer(date, "end"));
        row.setDateText(text(date, "text"));
      }
      rows.add(row);
    }
    return rows;
  }

  private static String span(JsonNode node) {
    return node.path("start").asInt() + ":" + node.path("end").asInt();
  }

  /** The canonical form of an entity's value ({@code "value": {"canonical": "2015-09-30"}}). */
  private static String canonicalValue(JsonNode entity) {
    JsonNode value = entity.get("value");
    return value == null || value.isNull() ? null : text(value, "canonical");
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static Integer integer(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asInt();
  }
}
