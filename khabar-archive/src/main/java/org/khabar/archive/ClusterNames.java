package org.khabar.archive;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.khabar.coref.EntityCluster;
import org.khabar.coref.EntityClusters;
import org.khabar.coref.Mention;
import org.khabar.entity.Entity;
import org.khabar.quote.Documents;
import org.khabar.quote.Statement;
import org.khabar.text.Document;
import org.khabar.text.Layer;
import org.khabar.text.Span;
import org.khabar.tokenize.Token;

/**
 * The normalized name each entity and speaker of a report is filed under: the fullest name of
 * its coreference cluster (پوتین → ولادی میر پوتین), or the entity's own words in a document
 * without clusters.
 */
final class ClusterNames {

  private final Layer<Token> tokens;
  private final EntityClusters clusters; // null without clusters
  private final Map<Long, Integer> clusterOfName = new HashMap<>(); // NAME mention → cluster
  private final Map<Integer, String> fullest = new HashMap<>(); // cluster → its fullest name
  private final String[] entityNames; // by index in the entity layer

  ClusterNames(Document document, Layer<Token> tokens) {
    this.tokens = tokens;
    this.clusters = document.find(EntityClusters.KEY).orElse(null);
    if (clusters != null) {
      for (EntityCluster cluster : clusters.clusters()) {
        for (Mention mention : cluster.mentions()) {
          if (mention.kind() == Mention.Kind.NAME) {
            clusterOfName.put(EntityClusters.spanKey(mention.start(), mention.end()), cluster.id());
          }
        }
      }
    }
    Layer<Entity> entities = document.find(Entity.LAYER).orElse(Layer.empty());
    int[] clusterOfEntity = new int[entities.size()];
    String[] own = new String[entities.size()];
    Set<Integer> named = new HashSet<>(); // clusters whose canonical name an entity spells
    for (int i = 0; i < entities.size(); i++) {
      Entity entity = entities.get(i);
      own[i] = ReportFacts.normalizedName(tokens, entity);
      int cluster = clusterOf(entity);
      clusterOfEntity[i] = cluster;
      if (cluster < 0 || named.contains(cluster)) {
        continue;
      }
      if (entity.coveredText(document.text()).equals(clusters.clusters().get(cluster).name())) {
        fullest.put(cluster, own[i]);
        named.add(cluster);
      } else {
        fullest.merge(cluster, own[i],
            (kept, other) -> other.length() > kept.length() ? other : kept);
      }
    }
    entityNames = new String[entities.size()];
    for (int i = 0; i < own.length; i++) {
      entityNames[i] = clusterOfEntity[i] < 0 ? own[i] : fullest.get(clusterOfEntity[i]);
    }
  }

  /** The name the entity at {@code index} in the entity layer is filed under. */
  String nameOf(int index) {
    return entityNames[index];
  }

  /**
   * The name the speaker of {@code statement} is filed under: its cluster's fullest name, else
   * the words of its first mention that is not a pronoun (پولیس حکام); empty if none, or if
   * those words name a document rather than a speaker (ایک بیان میں کہا گیا: {@link Documents}).
   */
  String speakerOf(Statement statement) {
    if (clusters == null || !statement.hasSpeaker()) {
      return "";
    }
    String name = fullest.get(statement.speaker());
    if (name != null) {
      return name;
    }
    for (Mention mention : clusters.clusters().get(statement.speaker()).mentions()) {
      if (mention.kind() != Mention.Kind.PRONOUN) {
        String words = ReportFacts.normalizedName(tokens, mention);
        return Documents.isDocument(words) ? "" : words;
      }
    }
    return "";
  }

  private int clusterOf(Span entity) {
    if (clusters == null) {
      return -1;
    }
    Integer exact = clusterOfName.get(EntityClusters.spanKey(entity.start(), entity.end()));
    if (exact != null) {
      return exact;
    }
    for (EntityCluster cluster : clusters.clusters()) {
      for (Mention mention : cluster.mentions()) {
        if (mention.kind() == Mention.Kind.NAME && mention.contains(entity)) {
          return cluster.id();
        }
      }
    }
    return -1;
  }
}
