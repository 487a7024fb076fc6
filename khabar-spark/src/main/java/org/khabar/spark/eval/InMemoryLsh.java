package org.khabar.spark.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.spark.related.ContentWordSignature;
import org.khabar.spark.related.LshBands;
import org.khabar.spark.related.LshSettings;

/**
 * The job's related-story hashing done in memory on a small corpus, band for band as {@code
 * RelatedStoryFinder} does it on Spark, so that settings can be compared quickly.
 */
public final class InMemoryLsh {

  private InMemoryLsh() {}

  /**
   * The candidate pairs of reports {@code i < j} (as {@code i * n + j}) sharing a band; {@code
   * dates} (entries may be null) matter only with a date window.
   */
  public static Set<Long> candidates(List<long[]> signatures, List<LocalDate> dates,
      LshSettings settings) {
    int n = signatures.size();
    Map<Long, List<Integer>> buckets = new HashMap<>();
    for (int i = 0; i < n; i++) {
      long[] signature = signatures.get(i);
      if (ContentWordSignature.isEmpty(signature)) {
        continue;
      }
      for (long key : LshBands.keys(signature, settings, dates.get(i))) {
        buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    Set<Long> pairs = new HashSet<>();
    for (List<Integer> bucket : buckets.values()) {
      if (bucket.size() > settings.maxBucket()) {
        continue;
      }
      for (int a = 0; a < bucket.size(); a++) {
        for (int b = a + 1; b < bucket.size(); b++) {
          int i = Math.min(bucket.get(a), bucket.get(b));
          int j = Math.max(bucket.get(a), bucket.get(b));
          if (i != j) {
            pairs.add((long) i * n + j);
          }
        }
      }
    }
    return pairs;
  }
}
