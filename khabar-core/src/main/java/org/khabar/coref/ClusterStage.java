package org.khabar.coref;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.dateline.Dateline;
import org.khabar.entity.Entity;
import org.khabar.entity.EntityType;
import org.khabar.pipeline.Stage;
import org.khabar.quote.Attribution;
import org.khabar.sentence.Sentence;
import org.khabar.text.Document;
import org.khabar.text.Key;
import org.khabar.text.Layer;
import org.khabar.tokenize.Token;

/**
 * Groups a report's mentions into one cluster per real-world thing.
 *
 * <p>Mentions are the PERSON, ORGANIZATION and LOCATION entities, the dateline's place, and the
 * speakers' words of the reporting clauses (a speaker phrase with a PERSON or ORGANIZATION
 * entity at its end is that entity). In text order, each mention joins the most recent cluster
 * it matches ({@link Matcher}: صدر پوتین and پوتین join ولادی میر پوتین; وزیر اعظم joins
 * وزیر اعظم نواز شریف) or starts a new one. Then each pronoun speaker (انہوں نے، ان کا کہنا تھا)
 * joins its antecedent ({@link Antecedents}).
 */
public final class ClusterStage implements Stage {

  private final LatinNames latinNames;

  public ClusterStage() {
    this(LatinNames.standard());
  }

  public ClusterStage(LatinNames latinNames) {
    this.latinNames = latinNames;
  }

  @Override
  public String name() {
    return "clusters";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Token.LAYER, Sentence.LAYER, Entity.LAYER, Dateline.LAYER, Attribution.LAYER);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(EntityClusters.KEY);
  }

  @Override
  public Document apply(Document document) {
    List<Candidate> candidates = candidates(document);
    Matcher matcher = new Matcher();
    Map<Long, Integer> speakers = new HashMap<>();
    for (Candidate c : candidates) {
      int cluster = matcher.add(c);
      if (c.speakerKey() != 0) {
        speakers.put(c.speakerKey(), cluster);
      }
    }
    new Antecedents(document, matcher).resolve(speakers);
    return document.with(EntityClusters.KEY, build(document, matcher, speakers));
  }

  private List<Candidate> candidates(Document document) {
    String text = document.text();
    List<Entity> entities = document.get(Entity.LAYER);
    List<Token> tokens = document.get(Token.LAYER);
    List<Candidate> list = new ArrayList<>();
    Map<Long, Candidate> byEntity = new HashMap<>();
    for (Entity e : entities) {
      if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION
          || e.type() == EntityType.LOCATION) {
        String title = titleBefore(document, tokens, entities, e);
        Candidate c = Candidate.name(e.start(), e.end(), text.substring(e.start(), e.end()), e.type(),
            title);
        list.add(c);
        byEntity.put(EntityClusters.spanKey(e.start(), e.end()), c);
      }
    }
    for (Dateline d : document.get(Dateline.LAYER)) {
      boolean covered = entities.stream().anyMatch(e -> e.type() == EntityType.LOCATION
          && e.start() < d.placeEnd() && d.placeStart() < e.end());
      if (!covered) {
        list.add(new Candidate(d.placeStart(), d.placeEnd(), Mention.Kind.DATELINE,
            EntityType.LOCATION, d.place(), null, null, 0));
      }
    }
    Map<Long, Boolean> seen = new HashMap<>();
    for (Attribution a : document.get(Attribution.LAYER)) {
      if (a.speakerKind() != Attribution.SpeakerKind.PHRASE) {
        continue;
      }
      long key = EntityClusters.spanKey(a.speakerStart(), a.speakerEnd());
      if (seen.put(key, true) != null) {
        continue;
      }
      Entity named = null;
      for (Entity e : entities) {
        if ((e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)
            && e.end() == a.speakerEnd() && e.start() >= a.speakerStart()) {
          named = e;
        }
      }
      if (named != null) {
        Candidate c = byEntity.get(EntityClusters.spanKey(named.start(), named.end()));
        list.set(list.indexOf(c), c.speaking(key));
        continue;
      }
      list.add(Candidate.phrase(a.speakerStart(), a.speakerEnd(), tokens, key));
    }
    list.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
    return list;
  }

  /** The title right before an entity: DESIGNATION entities or titles, with a genitive owner. */
  private static String titleBefore(
      Document document, List<Token> tokens, List<Entity> entities, Entity entity) {
    int first = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() == entity.start()) {
        first = i;
        break;
      }
    }
    if (first <= 0) {
      return null;
    }
    int from = Math.max(0, first - 6);
    for (int i = first - 1; i >= from; i--) {
      if (!tokens.get(i).isWord()) {
        from = i + 1;
        break;
      }
    }
    String[] words = new String[first - from];
    for (int i = from; i < first; i++) {
      words[i - from] = tokens.get(i).norm();
    }
    for (int start = 0; start < words.length; start++) {
      String[] tail = Arrays.copyOfRange(words, start, words.length);
      int[] split = Titles.split(tail);
      if (split[0] == tail.length && tail.length > 0) {
        return document.text().substring(tokens.get(from + start).start(), tokens.get(first - 1).end());
      }
    }
    for (Entity e : entities) {
      if (e.type() == EntityType.DESIGNATION && e.end() <= entity.start()
          && document.text().substring(e.end(), entity.start()).isBlank()) {
        return document.textOf(e);
      }
    }
    return null;
  }

  private EntityClusters build(Document document, Matcher matcher, Map<Long, Integer> speakers) {
    List<EntityCluster> clusters = new ArrayList<>();
    List<Mention> all = new ArrayList<>();
    for (int id = 0; id < matcher.size(); id++) {
      Matcher.Cluster c = matcher.get(id);
      List<Mention> mentions = new ArrayList<>(c.mentions());
      mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
      all.addAll(mentions);
      String latin = null;
      if (c.type() != null || c.title() != null && !c.name().equals(c.title())) {
        latin = latinNames.latin(c.name());
      } else {
        latin = latinNames.known(c.name()).orElse(null);
      }
      clusters.add(new EntityCluster(id, c.type(), c.name(), c.title(), latin, mentions));
    }
    all.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    return new EntityClusters(clusters, Layer.overlapping(all, document.text().length()), speakers);
  }
}
