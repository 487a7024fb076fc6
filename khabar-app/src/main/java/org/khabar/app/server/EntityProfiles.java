package org.khabar.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.khabar.archive.ArchiveFields;
import org.khabar.archive.SearchBackend;
import org.khabar.archive.QueryException;
import org.khabar.archive.SearchRequest;
import org.khabar.archive.SearchResponse;
import org.khabar.archive.StoredReport;

/**
 * Builds an {@link EntityProfile}: a filtered search gives the entity's reports and their
 * months; the stored analyses of the newest of them give its spellings, Latin name, titles and
 * statements.
 */
final class EntityProfiles {

  /** How many of the entity's reports are listed. */
  static final int REPORTS = 100;

  /** How many of them, the newest, are read for names and statements. */
  static final int READ = 40;

  static final int STATEMENTS = 50;

  static final int MENTIONS = 200;

  private final SearchBackend searcher;

  EntityProfiles(SearchBackend searcher) {
    this.searcher = searcher;
  }

  Optional<EntityProfile> profile(EntityId id) throws IOException, QueryException {
    SearchResponse found = searcher.search(new SearchRequest("", Map.of(id.type(),
        List.of(id.name())), null, null, SearchRequest.Order.NEWEST, 0, REPORTS, 8));
    if (found.total() == 0) {
      return Optional.empty();
    }
    Reading reading = new Reading(id);
    List<EntityProfile.ReportRef> reports = new ArrayList<>();
    for (SearchResponse.Hit hit : found.hits()) {
      reports.add(new EntityProfile.ReportRef(hit.id(), hit.headline(), hit.date(),
          hit.source()));
      if (reports.size() <= READ) {
        Optional<StoredReport> report = searcher.report(hit.id());
        if (report.isPresent()) {
          reading.read(report.get());
        }
      }
    }
    Set<String> itsOwnNames = new java.util.HashSet<>();
    itsOwnNames.add(id.name());
    for (String spelling : reading.spellings) {
      itsOwnNames.add(Names.normalize(spelling));
    }
    Map<String, List<SearchResponse.FacetValue>> namedWith = new LinkedHashMap<>();
    for (String dimension : List.of(ArchiveFields.PERSON, ArchiveFields.PLACE,
        ArchiveFields.ORGANIZATION)) {
      List<SearchResponse.FacetValue> others = found.facets().getOrDefault(dimension, List.of())
          .stream().filter(v -> !(dimension.equals(EntityId.dimensionOfSameKind(id.type()))
              && itsOwnNames.contains(v.value())))
          .toList();
      if (!others.isEmpty()) {
        namedWith.put(dimension, others);
      }
    }
    reading.spellings.remove(id.name());
    List<String> spellings = new ArrayList<>();
    spellings.add(id.name());
    spellings.addAll(reading.spellings);
    return Optional.of(new EntityProfile(id.toString(), id.type(), id.name(), reading.latin,
        List.copyOf(reading.titles), spellings, found.total(),
        found.facets().getOrDefault(ArchiveFields.MONTH, List.of()), reports,
        reading.mentions, reading.by, reading.about, namedWith));
  }

  /** What the analyses of the entity's reports say about it, gathered report by report. */
  private static final class Reading {
    private final EntityId id;
    private final String schemaType;
    private final Map<String, String> normalized = new HashMap<>();
    private final Set<String> spellings = new LinkedHashSet<>();
    private final Set<String> titles = new LinkedHashSet<>();
    private final List<EntityProfile.Mention> mentions = new ArrayList<>();
    private final List<EntityProfile.Quote> by = new ArrayList<>();
    private final List<EntityProfile.Quote> about = new ArrayList<>();
    private String latin;

    Reading(EntityId id) {
      this.id = id;
      this.schemaType = EntityId.SCHEMA_TYPES.get(id.type());
    }

    void read(StoredReport report) throws IOException {
      if (schemaType == null || report.analysisJson() == null) {
        return;
      }
      JsonNode json = Json.MAPPER.readTree(report.analysisJson());
      StoredAnalysis analysis = StoredAnalysis.of(json, report.body());
      List<StoredAnalysis.Mention> mentions = new ArrayList<>();
      Set<StoredAnalysis.Cluster> itself = new LinkedHashSet<>();
      for (StoredAnalysis.Cluster cluster : analysis.clusters()) {
        if (names(cluster.name()) || cluster.mentions().stream()
            .anyMatch(m -> names(m.text()))) {
          itself.add(cluster);
          mentions.addAll(cluster.mentions());
          if (latin == null && cluster.latin() != null) {
            latin = cluster.latin();
          }
          if (cluster.title() != null) {
            titles.add(cluster.title());
          }
        }
      }
      for (StoredAnalysis.Mention entity : analysis.entities()) {
        if ((entity.type().isEmpty() || entity.type().equals(schemaType)
            || id.type().equals(ArchiveFields.SPEAKER)) && names(entity.text())) {
          mentions.add(entity);
        }
      }
      Set<Integer> placed = new java.util.HashSet<>();
      mentions.sort(java.util.Comparator.comparingInt(StoredAnalysis.Mention::start));
      for (StoredAnalysis.Mention mention : mentions) {
        spellings.add(mention.text().strip());
        if (placed.add(mention.start()) && this.mentions.size() < MENTIONS) {
          this.mentions.add(new EntityProfile.Mention(report.id(), report.date(),
              mention.start(), mention.end(), mention.text()));
        }
      }
      for (StoredAnalysis.Statement statement : analysis.statements()) {
        boolean saidByIt = statement.speaker() != null ? itself.contains(statement.speaker())
            : names(statement.speakerText());
        boolean aboutIt = mentions.stream().anyMatch(m -> m.start() >= statement.start()
            && m.end() <= statement.end());
        List<EntityProfile.Quote> list = saidByIt ? by : aboutIt ? about : null;
        if (list != null && list.size() < STATEMENTS) {
          list.add(quote(report, statement));
        }
      }
    }

    private boolean names(String text) {
      if (text == null || text.isBlank()) {
        return false;
      }
      return normalized.computeIfAbsent(text, Names::normalize).equals(id.name());
    }

    private static EntityProfile.Quote quote(StoredReport report,
        StoredAnalysis.Statement statement) {
      StoredAnalysis.Cluster speaker = statement.speaker();
      return new EntityProfile.Quote(report.id(), report.headline(), report.date(),
          statement.start(), statement.end(), statement.text(), statement.kind(),
          statement.verb(), speaker != null ? speaker.name() : statement.speakerText(),
          speaker != null ? speaker.latin() : null);
    }
  }
}
