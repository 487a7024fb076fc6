package org.khabar.coref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
 * speakers' words of the reporting clauses ({@link Candidates}: a speaker phrase with a PERSON
 * or ORGANIZATION entity at its end is that entity, its title the words before it). In text
 * order, each mention joins the most recent cluster it matches ({@link Matcher}: صدر پوتین and
 * پوتین join ولادی میر پوتین; وزیر اعظم joins وزیر اعظم نواز شریف) or starts a new one. A
 * title named before its person joins the person ({@code امریکی وزیر خارجہ نے کہا ... امریکی
 * وزیر خارجہ کونڈولیزا رائس}). Then each pronoun speaker (انہوں نے، ان کا کہنا تھا) joins its
 * antecedent ({@link Antecedents}).
 *
 * <p>A cluster's Latin name comes from {@link LatinNames}: the list first, the romanization for
 * a named entity the list does not know; a cluster named only by a title or a phrase gets a
 * Latin name only from the list.
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
    List<Candidate> candidates = new Candidates(document).all();
    Matcher matcher = new Matcher();
    Map<Long, Integer> speakers = new HashMap<>();
    for (Candidate c : candidates) {
      int cluster = matcher.add(c);
      if (c.speakerKey() != 0) {
        speakers.put(c.speakerKey(), cluster);
      }
    }
    remap(speakers, matcher.joinTitlesToLaterNames());
    remap(speakers, matcher.joinBracketedShortNames(document.text()));
    remap(speakers, matcher.joinKnownSynonyms(latinNames::known));
    remap(speakers, matcher.joinLoneTitleToLoneName(new HashSet<>(speakers.values())));
    new Antecedents(document, matcher).resolve(speakers);
    return document.with(EntityClusters.KEY, build(document, matcher, speakers));
  }

  private static void remap(Map<Long, Integer> speakers, int[] map) {
    speakers.replaceAll((key, id) -> map[id]);
  }

  private EntityClusters build(Document document, Matcher matcher, Map<Long, Integer> speakers) {
    List<EntityCluster> clusters = new ArrayList<>();
    List<Mention> all = new ArrayList<>();
    for (int id = 0; id < matcher.size(); id++) {
      Matcher.Cluster c = matcher.get(id);
      List<Mention> mentions = new ArrayList<>();
      for (Matcher.Item m : c.mentions()) {
        mentions.add(new Mention(m.start(), m.end(), id, m.kind()));
      }
      mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
      all.addAll(mentions);
      String latin = c.named() && c.type() != null ? latinNames.latin(c.name())
          : latinNames.known(c.name()).orElse(null);
      clusters.add(new EntityCluster(id, c.type(), c.name(), c.title(), latin, mentions));
    }
    all.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    return new EntityClusters(clusters, Layer.overlapping(all, document.text().length()), speakers);
  }
}
