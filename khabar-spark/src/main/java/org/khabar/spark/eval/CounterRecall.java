package org.khabar.spark.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.khabar.io.Report;

/**
 * Report recall of related-story detection on COUNTER: the share of WD and PD derived reports
 * whose source is among their related reports.
 */
public final class CounterRecall {

  /** A COUNTER pair: its number, its two reports' ids, and its class (WD, PD or ND). */
  public record Pair(int number, String sourceId, String derivedId, String classification) {

    /** True for a pair whose derived report reuses its source (WD or PD). */
    public boolean isReuse() {
      return classification.equals("WD") || classification.equals("PD");
    }
  }

  /** Recall over a range of pairs: found of total. */
  public record Recall(int from, int to, int found, int total) {

    public double value() {
      return total == 0 ? 0 : (double) found / total;
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "pairs %04d-%04d: %d of %d WD/PD derived reports"
          + " have their source among the related (recall %.3f)", from, to, found, total, value());
    }
  }

  private final List<Pair> pairs;

  public CounterRecall(List<Pair> pairs) {
    this.pairs = List.copyOf(pairs);
  }

  /** The pairs of COUNTER's reports (fields {@code pair}, {@code role}, {@code classification}). */
  public static List<Pair> pairs(List<Report> counter) {
    Map<Integer, String[]> byNumber = new TreeMap<>();
    for (Report report : counter) {
      String pair = report.extra().get("pair");
      String role = report.extra().get("role");
      if (pair == null || role == null) {
        throw new IllegalArgumentException(
            "report " + report.id() + " has no \"pair\" or \"role\": is this COUNTER?");
      }
      String[] both = byNumber.computeIfAbsent(Integer.parseInt(pair), n -> new String[3]);
      both[role.equals("source") ? 0 : 1] = report.id();
      both[2] = report.extra().get("classification");
    }
    List<Pair> pairs = new ArrayList<>();
    byNumber.forEach((number, both) -> {
      if (both[0] == null || both[1] == null) {
        throw new IllegalArgumentException("COUNTER pair " + number + " lacks a report");
      }
      pairs.add(new Pair(number, both[0], both[1], both[2]));
    });
    return pairs;
  }

  /** Recall over pairs {@code from..to} given the related pairs as "smaller-id larger-id". */
  public Recall over(int from, int to, Set<String> related) {
    int found = 0;
    int total = 0;
    for (Pair pair : pairs) {
      if (pair.number() < from || pair.number() > to || !pair.isReuse()) {
        continue;
      }
      total++;
      if (related.contains(key(pair.sourceId(), pair.derivedId()))) {
        found++;
      }
    }
    return new Recall(from, to, found, total);
  }

  /** The key of an unordered pair of ids. */
  public static String key(String a, String b) {
    return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
  }

  /** The keys of the related pairs whose both reports are among {@code ids}. */
  public static Set<String> keysAmong(List<String[]> related, Set<String> ids) {
    Set<String> keys = new HashSet<>();
    for (String[] pair : related) {
      if (ids.contains(pair[0]) && ids.contains(pair[1])) {
        keys.add(key(pair[0], pair[1]));
      }
    }
    return keys;
  }
}
