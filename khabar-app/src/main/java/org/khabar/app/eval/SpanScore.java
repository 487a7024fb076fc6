package org.khabar.app.eval;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.entity.EntityType;

/**
 * Exact-match span scores: a system span counts only if a gold span has the same start, end
 * and type. Precision, recall and F1 per type and micro-averaged over the types scored; spans of
 * other types, in gold and system alike, are ignored.
 */
public final class SpanScore {

  /** Counts of one type, or of all. */
  public record Counts(int gold, int system, int correct) {
    public double precision() {
      return system == 0 ? 0 : (double) correct / system;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Counts plus(int g, int s, int c) {
      return new Counts(gold + g, system + s, correct + c);
    }
  }

  /** A span as scored: offsets and type. */
  public record Mention(int start, int end, EntityType type) {}

  private final Set<EntityType> labels;
  private final Map<EntityType, Counts> byType = new EnumMap<>(EntityType.class);

  public SpanScore(Set<EntityType> labels) {
    this.labels = Set.copyOf(labels);
    for (EntityType type : labels) {
      byType.put(type, new Counts(0, 0, 0));
    }
  }

  /** Adds one sentence's gold and system spans. */
  public void add(List<Mention> gold, List<Mention> system) {
    Set<Mention> goldSet = new HashSet<>();
    for (Mention mention : gold) {
      if (labels.contains(mention.type()) && goldSet.add(mention)) {
        byType.merge(mention.type(), new Counts(1, 0, 0), (a, b) -> a.plus(1, 0, 0));
      }
    }
    Set<Mention> seen = new HashSet<>();
    for (Mention mention : system) {
      if (labels.contains(mention.type()) && seen.add(mention)) {
        int correct = goldSet.contains(mention) ? 1 : 0;
        byType.merge(mention.type(), new Counts(0, 1, correct), (a, b) -> a.plus(0, 1, correct));
      }
    }
  }

  public Map<EntityType, Counts> byType() {
    return byType;
  }

  public Counts micro() {
    Counts total = new Counts(0, 0, 0);
    for (Counts counts : byType.values()) {
      total = total.plus(counts.gold(), counts.system(), counts.correct());
    }
    return total;
  }
}
