package org.khabar.coref;

import java.util.ArrayList;
import java.util.List;
import org.khabar.entity.EntityType;
import org.khabar.lexicon.WordList;

/**
 * Puts mentions, in text order, into clusters.
 *
 * <ul>
 *   <li>A name joins the most recent cluster of a compatible type with a name of the same {@link
 *       NameKey} ({@code پوتین}، {@code پیوٹن}) or whose words contain its words or are contained
 *       in them ({@code روحانی} ⊂ {@code حسن روحانی}). Types are compatible when equal, or when
 *       one is unknown (a speaker phrase) and the other a person or organisation; a location
 *       matches a location, or an unknown phrase with the same key (ایران کا کہنا ہے).
 *   <li>A title alone ({@code وزیر اعظم نے کہا}) joins the most recent person or unknown cluster
 *       with the same title head ({@code وزیر اعظم نواز شریف}); with none, it starts a cluster.
 *   <li>The cluster's name is the longest name among its mentions, its title the first title.
 * </ul>
 */
final class Matcher {

  /** Generic heads that never make two phrases one entity by themselves: افراد، فیصد. */
  private static final WordList GENERIC = WordList.load("titles");

  static final class Cluster {
    private EntityType type;
    private String name;
    private String title;
    private String titleHead;
    private int last;
    private final List<String> names = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();

    EntityType type() {
      return type;
    }

    String name() {
      return name;
    }

    String title() {
      return title;
    }

    List<Mention> mentions() {
      return mentions;
    }

    int last() {
      return last;
    }
  }

  private final List<Cluster> clusters = new ArrayList<>();

  int size() {
    return clusters.size();
  }

  Cluster get(int id) {
    return clusters.get(id);
  }

  /** Adds a mention and returns its cluster's index. */
  int add(Candidate c) {
    int id = c.titleOnly() ? byTitle(c) : byName(c);
    Cluster cluster;
    if (id < 0) {
      cluster = new Cluster();
      cluster.type = c.type();
      cluster.name = c.name();
      clusters.add(cluster);
      id = clusters.size() - 1;
    } else {
      cluster = clusters.get(id);
      if (cluster.type == null) {
        cluster.type = c.type();
      }
      if (!c.titleOnly() && words(c.name()) > words(cluster.name)) {
        cluster.name = c.name();
      }
    }
    if (!c.titleOnly()) {
      cluster.names.add(c.name());
    }
    if (cluster.title == null && c.title() != null) {
      cluster.title = c.title();
      cluster.titleHead = c.titleHead();
    }
    if (cluster.titleHead == null && c.titleHead() != null) {
      cluster.titleHead = c.titleHead();
    }
    cluster.last = c.start();
    cluster.mentions.add(new Mention(c.start(), c.end(), id, c.kind()));
    return id;
  }

  /** Adds a pronoun mention to cluster {@code id}. */
  void addPronoun(int id, int start, int end) {
    Cluster cluster = clusters.get(id);
    cluster.mentions.add(new Mention(start, end, id, Mention.Kind.PRONOUN));
    cluster.last = Math.max(cluster.last, start);
  }

  private int byName(Candidate c) {
    int best = -1;
    for (int id = 0; id < clusters.size(); id++) {
      Cluster cluster = clusters.get(id);
      if (!compatible(cluster.type, c.type())) {
        continue;
      }
      boolean strict = cluster.type == EntityType.LOCATION || c.type() == EntityType.LOCATION;
      for (String name : cluster.names) {
        boolean same = strict ? NameKey.of(name).equals(NameKey.of(c.name()))
            : NameKey.sameName(name, c.name()) && !generic(name, c.name());
        if (same && (best < 0 || cluster.last >= clusters.get(best).last)) {
          best = id;
        }
      }
    }
    return best;
  }

  /** True if the two names meet only on a title word (ترجمان in ایک ترجمان), not a name. */
  private static boolean generic(String a, String b) {
    List<String> shorter = NameKey.words(a).size() <= NameKey.words(b).size() ? List.of(a.split(" ")) : List.of(b.split(" "));
    for (String word : shorter) {
      if (!GENERIC.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private int byTitle(Candidate c) {
    int best = -1;
    for (int id = 0; id < clusters.size(); id++) {
      Cluster cluster = clusters.get(id);
      if (cluster.type != null && cluster.type != EntityType.PERSON) {
        continue;
      }
      if (c.titleHead() != null && c.titleHead().equals(cluster.titleHead)
          && (best < 0 || cluster.last >= clusters.get(best).last)) {
        best = id;
      }
    }
    if (best < 0) {
      for (int id = 0; id < clusters.size(); id++) {
        if (clusters.get(id).names.isEmpty() && clusters.get(id).name.equals(c.name())) {
          best = id;
        }
      }
    }
    return best;
  }

  private static boolean compatible(EntityType a, EntityType b) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null) {
      EntityType known = a == null ? b : a;
      return known == EntityType.PERSON || known == EntityType.ORGANIZATION
          || known == EntityType.LOCATION;
    }
    return false;
  }

  private static int words(String name) {
    return name.isBlank() ? 0 : name.trim().split("\\s+").length;
  }
}
