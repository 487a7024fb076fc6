package org.khabar.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The features of a training set, numbered in the order they are first seen, and each training
 * token's feature numbers. Features seen in fewer than {@code minCount} tokens are left out: they
 * cannot generalise, and they would fill the model.
 */
final class FeatureIndex {

  private final long[] keys;
  private final List<int[][]> ids;

  private FeatureIndex(long[] keys, List<int[][]> ids) {
    this.keys = keys;
    this.ids = ids;
  }

  static FeatureIndex build(
      List<TrainingSentence> sentences, Gazetteer gazetteer, WordClusters clusters,
      int minCount) {
    LongIntMap counts = new LongIntMap(1 << 20);
    List<long[][]> all = new ArrayList<>(sentences.size());
    long[] buffer = new long[NerFeatures.MAX];
    for (TrainingSentence sentence : sentences) {
      SentenceView view = new SentenceView(sentence.tokens(), gazetteer, clusters);
      long[][] tokens = new long[view.size][];
      for (int i = 0; i < view.size; i++) {
        int count = NerFeatures.extract(view, i, buffer);
        tokens[i] = Arrays.copyOf(buffer, count);
        for (long key : tokens[i]) {
          counts.put(key, Math.max(0, counts.get(key)) + 1);
        }
      }
      all.add(tokens);
    }
    LongIntMap numbers = new LongIntMap(counts.size());
    long[] keys = new long[counts.size()];
    List<int[][]> ids = new ArrayList<>(sentences.size());
    int[] scratch = new int[NerFeatures.MAX];
    for (long[][] sentence : all) {
      int[][] sentenceIds = new int[sentence.length][];
      for (int i = 0; i < sentence.length; i++) {
        int n = 0;
        for (long key : sentence[i]) {
          if (counts.get(key) >= minCount) {
            int number = numbers.putIfAbsent(key, numbers.size());
            keys[number] = key;
            scratch[n++] = number;
          }
        }
        sentenceIds[i] = Arrays.copyOf(scratch, n);
      }
      ids.add(sentenceIds);
    }
    return new FeatureIndex(Arrays.copyOf(keys, numbers.size()), ids);
  }

  int size() {
    return keys.length;
  }

  /** The key of each feature number. */
  long[] keys() {
    return keys;
  }

  /** The feature numbers of each token of sentence {@code k}. */
  int[][] ids(int k) {
    return ids.get(k);
  }
}
