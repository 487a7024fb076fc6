package org.khabar.coref;

import java.util.List;
import java.util.Map;
import org.khabar.text.Key;
import org.khabar.text.Layer;

/**
 * The entities of a report, one cluster per real-world thing, with every mention and the
 * speaker each reporting clause resolves to.
 *
 * @param clusters the clusters, by first mention
 * @param mentions every mention, by start
 * @param speakers the cluster of each speaker's words, keyed by {@link #spanKey}
 */
public record EntityClusters(
    List<EntityCluster> clusters, Layer<Mention> mentions, Map<Long, Integer> speakers) {

  public static final Key<EntityClusters> KEY = Key.of("clusters", EntityClusters.class);

  public EntityClusters {
    clusters = List.copyOf(clusters);
    speakers = Map.copyOf(speakers);
  }

  /** The cluster the speaker words {@code [start, end)} resolve to, or -1. */
  public int speakerCluster(int start, int end) {
    return speakers.getOrDefault(spanKey(start, end), -1);
  }

  public static long spanKey(int start, int end) {
    return ((long) start << 32) | (end & 0xffffffffL);
  }
}
