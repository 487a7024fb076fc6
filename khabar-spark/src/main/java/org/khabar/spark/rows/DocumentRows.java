package org.khabar.spark.rows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.khabar.coref.EntityCluster;
import org.khabar.coref.EntityClusters;
import org.khabar.coref.Mention;
import org.khabar.dateline.Dateline;
import org.khabar.dateline.Source;
import org.khabar.entity.Entity;
import org.khabar.quote.Quotation;
import org.khabar.quote.Statement;
import org.khabar.sentence.Sentence;
import org.khabar.text.Document;
import org.khabar.text.Key;
import org.khabar.text.Layer;
import org.khabar.text.Span;
import org.khabar.tokenize.Token;

/**
 * The table rows of one analysed document, read from its layers by the rules the analysis JSON
 * ({@code org.khabar.json.AnalysisJson}, what {@code khabar analyze} prints) follows: the same
 * spans, the same lower-case names of kinds and types, {@code UNKNOWN} for a cluster without a
 * type, values in their canonical notation.
 *
 * <p>The {@code mentions} rows are every mention of every cluster, then every entity that is not
 * the name mention of a cluster (numbers, dates, times, titles) with {@code kind} {@code entity}
 * and no cluster. A row's value is that of the entity with exactly its span, if that entity has
 * one.
 */
public final class DocumentRows {

  private DocumentRows() {}

  /**
   * The report row: counts and dateline from {@code document}; id, headline, date and source
   * from its metadata; provenance ({@code file}, {@code offset}, {@code warning}) left for the
   * caller.
   */
  public static ReportRow report(Document document, int mentionRows) {
    ReportRow row = new ReportRow();
    row.setId(document.id());
    row.setHeadline(document.metadata().headline());
    row.setDate(document.metadata().date());
    row.setSource(document.metadata().source());
    row.setLength(document.text().length());
    row.setDateline(dateline(document));
    row.setSentences(layer(document, Sentence.LAYER).size());
    row.setTokens(layer(document, Token.LAYER).size());
    row.setEntities(layer(document, Entity.LAYER).size());
    row.setClusters(document.find(EntityClusters.KEY).map(c -> c.clusters().size()).orElse(0));
    row.setMentions(mentionRows);
    row.setStatements(layer(document, Statement.LAYER).size());
    row.setQuotations(layer(document, Quotation.LAYER).size());
    return row;
  }

  /** The dateline, or null if the document has none. */
  static DatelineRow dateline(Document document) {
    Layer<Dateline> datelines = layer(document, Dateline.LAYER);
    if (datelines.isEmpty()) {
      return null;
    }
    Dateline d = datelines.get(0);
    DatelineRow row = new DatelineRow();
    row.setStart(d.start());
    row.setEnd(d.end());
    row.setPlace(d.place());
    row.setPlaceStart(d.placeStart());
    row.setPlaceEnd(d.placeEnd());
    row.setPlaceEntity(d.placeEntity() >= 0 ? d.placeEntity() : null);
    if (d.hasDate()) {
      row.setDateStart(d.dateStart());
      row.setDateEnd(d.dateEnd());
      row.setDateText(document.text().substring(d.dateStart(), d.dateEnd()));
      row.setMonthDay(d.monthDay() == null ? null : d.monthDay().toString());
      row.setDate(d.date());
    }
    row.setSource(d.source());
    row.setSourceStart(d.sourceStart());
    row.setSourceEnd(d.sourceEnd());
    List<SourcePart> parts = new ArrayList<>();
    for (Source source : d.sources()) {
      parts.add(new SourcePart(lower(source.kind()), source.name(), source.written(),
          source.describe()));
    }
    row.setSources(parts);
    return row;
  }

  /** The {@code mentions} rows of the document. */
  public static List<MentionRow> mentions(Document document) {
    Map<Long, Entity> entityAt = new HashMap<>();
    for (Entity entity : layer(document, Entity.LAYER)) {
      entityAt.put(EntityClusters.spanKey(entity.start(), entity.end()), entity);
    }
    List<MentionRow> rows = new ArrayList<>();
    Set<Long> named = new HashSet<>();
    for (EntityCluster cluster : clusters(document)) {
      for (Mention mention : cluster.mentions()) {
        long key = EntityClusters.spanKey(mention.start(), mention.end());
        if (mention.kind() == Mention.Kind.NAME) {
          named.add(key);
        }
        MentionRow row = new MentionRow();
        row.setReportId(document.id());
        row.setCluster(cluster.id());
        row.setType(cluster.type() == null ? "UNKNOWN" : cluster.type().name());
        row.setName(cluster.name());
        row.setTitle(cluster.title());
        row.setLatin(cluster.latin());
        row.setStart(mention.start());
        row.setEnd(mention.end());
        row.setText(document.textOf(mention));
        row.setKind(lower(mention.kind()));
        row.setValue(valueOf(entityAt.get(key)));
        rows.add(row);
      }
    }
    for (Entity entity : layer(document, Entity.LAYER)) {
      if (named.contains(EntityClusters.spanKey(entity.start(), entity.end()))) {
        continue;
      }
      MentionRow row = new MentionRow();
      row.setReportId(document.id());
      row.setType(entity.type().name());
      row.setStart(entity.start());
      row.setEnd(entity.end());
      row.setText(document.textOf(entity));
      row.setKind("entity");
      row.setValue(valueOf(entity));
      rows.add(row);
    }
    return rows;
  }

  /** The {@code statements} rows of the document. */
  public static List<StatementRow> statements(Document document) {
    List<EntityCluster> clusters = clusters(document);
    List<StatementRow> rows = new ArrayList<>();
    int index = 0;
    for (Statement s : layer(document, Statement.LAYER)) {
      StatementRow row = new StatementRow();
      row.setReportId(document.id());
      row.setIndex(index++);
      row.setStart(s.start());
      row.setEnd(s.end());
      row.setText(document.textOf(s));
      row.setType(lower(s.type()));
      row.setVerb(s.verb());
      if (s.hasSpeaker()) {
        row.setSpeaker(s.speaker());
        EntityCluster speaker = clusters.get(s.speaker());
        row.setSpeakerName(speaker.name());
        row.setSpeakerLatin(speaker.latin());
      }
      if (s.speakerStart() >= 0) {
        row.setSpeakerStart(s.speakerStart());
        row.setSpeakerEnd(s.speakerEnd());
        row.setSpeakerText(document.text().substring(s.speakerStart(), s.speakerEnd()));
      }
      if (s.hasDate()) {
        row.setDateStart(s.dateStart());
        row.setDateEnd(s.dateEnd());
        row.setDateText(document.text().substring(s.dateStart(), s.dateEnd()));
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<EntityCluster> clusters(Document document) {
    return document.find(EntityClusters.KEY).map(EntityClusters::clusters).orElse(List.of());
  }

  private static <T extends Span> Layer<T> layer(Document document, Key<Layer<T>> key) {
    return document.find(key).orElse(Layer.empty());
  }

  private static String valueOf(Entity entity) {
    return entity == null || entity.value() == null ? null : entity.value().canonical();
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
