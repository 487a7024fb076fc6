package org.khabar.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns {@link WordClusters} from raw sentences with the exchange algorithm (Kneser and Ney
 * 1993; Martin, Liermann and Ney 1998) for a predictive class bigram model, P(w | class of the
 * word before): each word in turn moves to the class that most raises the likelihood of the
 * text, for a few passes. Run once on pairs (word, next word) for the classes by what follows,
 * once on pairs (word, word before) for the classes by what precedes.
 *
 * <p>Deterministic: words are visited in order of frequency, ties by the word, and start in
 * classes dealt round-robin in that order.
 */
public final class ExchangeClustering {

  private final int classes;
  private final int minCount;
  private final int passes;

  /**
   * @param classes how many classes
   * @param minCount words seen fewer times get no class
   * @param passes passes over the words
   */
  public ExchangeClustering(int classes, int minCount, int passes) {
    if (classes < 2 || classes > Short.MAX_VALUE) {
      throw new IllegalArgumentException("classes must be in [2, 32767]");
    }
    this.classes = classes;
    this.minCount = minCount;
    this.passes = passes;
  }

  /** Clusters the words of {@code sentences}, each a list of normalized words. */
  public WordClusters cluster(List<List<String>> sentences) {
    Map<String, Integer> counts = new HashMap<>();
    for (List<String> sentence : sentences) {
      for (String word : sentence) {
        counts.merge(word, 1, Integer::sum);
      }
    }
    List<String> vocabulary = new ArrayList<>();
    counts.forEach((word, count) -> {
      if (count >= minCount) {
        vocabulary.add(word);
      }
    });
    vocabulary.sort((a, b) -> {
      int byCount = Integer.compare(counts.get(b), counts.get(a));
      return byCount != 0 ? byCount : a.compareTo(b);
    });
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < vocabulary.size(); i++) {
      ids.put(vocabulary.get(i), i);
    }
    int size = vocabulary.size();
    short[] right = run(sentences, ids, size, false);
    short[] left = run(sentences, ids, size, true);
    String[] sorted = vocabulary.toArray(new String[0]);
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> sorted[a].compareTo(sorted[b]));
    String[] words = new String[size];
    short[] r = new short[size];
    short[] l = new short[size];
    for (int k = 0; k < size; k++) {
      words[k] = sorted[order[k]];
      r[k] = right[order[k]];
      l[k] = left[order[k]];
    }
    return new WordClusters(words, r, l);
  }

  /**
   * The classes of the {@code size} words by their successors (or, if {@code backwards}, their
   * predecessors). Context words outside the vocabulary count as one "rare" word; sentence edges
   * as another.
   */
  private short[] run(List<List<String>> sentences, Map<String, Integer> ids, int size,
      boolean backwards) {
    int contexts = size + 2; // + rare word, sentence edge
    List<Map<Integer, Integer>> next = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      next.add(new HashMap<>());
    }
    for (List<String> sentence : sentences) {
      int n = sentence.size();
      for (int k = 0; k < n; k++) {
        Integer word = ids.get(sentence.get(k));
        if (word == null) {
          continue;
        }
        int j = backwards ? k - 1 : k + 1;
        int context;
        if (j < 0 || j >= n) {
          context = size + 1;
        } else {
          Integer id = ids.get(sentence.get(j));
          context = id == null ? size : id;
        }
        next.get(word).merge(context, 1, Integer::sum);
      }
    }
    int[][] contextIds = new int[size][];
    int[][] contextCounts = new int[size][];
    long[] wordTotals = new long[size];
    for (int v = 0; v < size; v++) {
      Map<Integer, Integer> map = next.get(v);
      int[] keys = map.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      contextIds[v] = keys;
      contextCounts[v] = new int[keys.length];
      for (int k = 0; k < keys.length; k++) {
        contextCounts[v][k] = map.get(keys[k]);
        wordTotals[v] += contextCounts[v][k];
      }
    }
    next.clear();
    short[] classOf = new short[size];
    int[][] pair = new int[classes][contexts];
    long[] classTotals = new long[classes];
    for (int v = 0; v < size; v++) {
      classOf[v] = (short) (v % classes);
      add(v, classOf[v], 1, contextIds, contextCounts, wordTotals, pair, classTotals);
    }
    double[] gains = new double[classes];
    for (int pass = 0; pass < passes; pass++) {
      int moved = 0;
      for (int v = 0; v < size; v++) {
        int from = classOf[v];
        add(v, from, -1, contextIds, contextCounts, wordTotals, pair, classTotals);
        int best = from;
        double bestGain = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
          double gain = 0;
          int[] row = pair[c];
          int[] ctx = contextIds[v];
          int[] cnt = contextCounts[v];
          for (int k = 0; k < ctx.length; k++) {
            int before = row[ctx[k]];
            gain += xlogx(before + cnt[k]) - xlogx(before);
          }
          gain -= xlogx(classTotals[c] + wordTotals[v]) - xlogx(classTotals[c]);
          gains[c] = gain;
          if (gain > bestGain + 1e-9) {
            bestGain = gain;
            best = c;
          }
        }
        if (gains[from] >= bestGain - 1e-9) {
          best = from;
        }
        if (best != from) {
          moved++;
        }
        classOf[v] = (short) best;
        add(v, best, 1, contextIds, contextCounts, wordTotals, pair, classTotals);
      }
      if (moved == 0) {
        break;
      }
    }
    return classOf;
  }

  private static void add(int v, int c, int sign, int[][] contextIds, int[][] contextCounts,
      long[] wordTotals, int[][] pair, long[] classTotals) {
    int[] row = pair[c];
    int[] ctx = contextIds[v];
    int[] cnt = contextCounts[v];
    for (int k = 0; k < ctx.length; k++) {
      row[ctx[k]] += sign * cnt[k];
    }
    classTotals[c] += sign * wordTotals[v];
  }

  private static double xlogx(double x) {
    return x <= 0 ? 0 : x * StrictMath.log(x);
  }
}
