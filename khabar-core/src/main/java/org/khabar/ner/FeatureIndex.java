package org.khabar.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The features of a training set, numbered in the order they are first seen, and each training
 * token's feature numbers. Features seen in fewer than {@code minCount} tokens are left out: they
 * cannot generalise, and they would fill the model.
 *
 * <p>A feature lives in a layer: 0 for the features every sentence shares, {@code c + 1} for the
 * copy that only sentences of convention {@code c} have (for the templates the conditioning
 * level picks; see {@link NerFeatures#conditioned}).
 */
final class FeatureIndex {

  private static final long LAYER_SALT = 0x4c61796572L;

  private final long[] keys;
  private final byte[] layers;
  private final List<int[][]> ids;

  private FeatureIndex(long[] keys, byte[] layers, List<int[][]> ids) {
    this.keys = keys;
    this.layers = layers;
    this.ids = ids;
  }

  /**
   * @param sentenceLayers the layer of each sentence's convention, 0 for none
   */
  static FeatureIndex build(
      List<TrainingSentence> sentences, int[] sentenceLayers, Gazetteer gazetteer,
      Gazetteer seen, WordClusters clusters, int minCount,
      PerceptronTrainer.Conditioning conditioning) {
    LongIntMap counts = new LongIntMap(1 << 20);
    List<long[][]> all = new ArrayList<>(sentences.size());
    long[] buffer = new long[NerFeatures.MAX];
    int[] templates = new int[NerFeatures.MAX];
    long[] keyed = new long[2 * NerFeatures.MAX];
    boolean[] copy = new boolean[2 * NerFeatures.MAX];
    List<boolean[][]> copies = new ArrayList<>(sentences.size());
    for (int k = 0; k < sentences.size(); k++) {
      TrainingSentence sentence = sentences.get(k);
      int layer = sentenceLayers[k];
      SentenceView view = new SentenceView(sentence.tokens(), gazetteer,
          sentence.seen() != null ? sentence.seen() : seen, clusters);
      long[][] tokens = new long[view.size][];
      boolean[][] tokenCopies = new boolean[view.size][];
      for (int i = 0; i < view.size; i++) {
        int count = NerFeatures.extract(view, i, buffer, templates);
        int n = 0;
        for (int f = 0; f < count; f++) {
          copy[n] = false;
          keyed[n++] = buffer[f];
          if (layer > 0 && NerFeatures.conditioned(templates[f], conditioning)) {
            copy[n] = true;
            keyed[n++] = layered(buffer[f], layer);
          }
        }
        tokens[i] = Arrays.copyOf(keyed, n);
        tokenCopies[i] = Arrays.copyOf(copy, n);
        for (long key : tokens[i]) {
          counts.put(key, Math.max(0, counts.get(key)) + 1);
        }
      }
      all.add(tokens);
      copies.add(tokenCopies);
    }
    LongIntMap numbers = new LongIntMap(counts.size());
    long[] keys = new long[counts.size()];
    byte[] layers = new byte[counts.size()];
    List<int[][]> ids = new ArrayList<>(sentences.size());
    int[] scratch = new int[2 * NerFeatures.MAX];
    for (int k = 0; k < all.size(); k++) {
      long[][] sentence = all.get(k);
      int layer = sentenceLayers[k];
      int[][] sentenceIds = new int[sentence.length][];
      for (int i = 0; i < sentence.length; i++) {
        int n = 0;
        boolean[] isCopy = copies.get(k)[i];
        for (int f = 0; f < sentence[i].length; f++) {
          long key = sentence[i][f];
          if (counts.get(key) >= minCount) {
            int number = numbers.putIfAbsent(key, numbers.size());
            // a copy follows the feature it copies
            keys[number] = isCopy[f] ? sentence[i][f - 1] : key;
            layers[number] = (byte) (isCopy[f] ? layer : 0);
            scratch[n++] = number;
          }
        }
        sentenceIds[i] = Arrays.copyOf(scratch, n);
      }
      ids.add(sentenceIds);
    }
    return new FeatureIndex(
        Arrays.copyOf(keys, numbers.size()), Arrays.copyOf(layers, numbers.size()), ids);
  }

  /** The key of the copy of feature {@code key} in {@code layer}. */
  private static long layered(long key, int layer) {
    return Hashing.mix(key, LAYER_SALT + layer);
  }

  int size() {
    return keys.length;
  }

  /** The key of each feature number (the shared feature's key for a convention's copy). */
  long[] keys() {
    return keys;
  }

  /** The layer of each feature number. */
  byte[] layers() {
    return layers;
  }

  /** The feature numbers of each token of sentence {@code k}. */
  int[][] ids(int k) {
    return ids.get(k);
  }
}
