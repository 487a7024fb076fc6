package org.khabar.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link NerModel}: an averaged structured perceptron (Collins 2002) over BILOU tags,
 * with partial labels. For each sentence the model's best tags are compared not with one gold
 * sequence but with the set of sequences the annotation allows (see {@link
 * TrainingSentence#allowed}); if the prediction is outside that set, the weights move towards the
 * best allowed sequence and away from the prediction. Corpora that annotate different types can
 * so be trained on together without teaching the model that an unannotated name is no name.
 *
 * <p>Deterministic: the same sentences, gazetteer and options give the same weights, whatever
 * the machine. One thread.
 */
public final class PerceptronTrainer {

  private static final int T = TagSet.SIZE;

  /**
   * @param epochs passes over the data
   * @param seed seed of the order in which sentences are visited in each pass
   * @param minCount features seen in fewer training tokens are left out
   * @param minWeight averaged weights smaller than this are left out of the model
   */
  public record Options(int epochs, long seed, int minCount, float minWeight) {
    public static final Options DEFAULT = new Options(12, 20240601L, 2, 0.05f);
  }

  /** Told after each pass. */
  public interface Progress {
    /**
     * @param epoch the pass just done, from 1
     * @param mistakes sentences on which the model's tags were not allowed ones
     * @param model a supplier of the model averaged so far (made only if asked)
     */
    void epochDone(int epoch, int mistakes, java.util.function.Supplier<NerModel> model);
  }

  private final Gazetteer gazetteer;
  private final WordClusters clusters;
  private final Options options;

  public PerceptronTrainer(Gazetteer gazetteer, WordClusters clusters, Options options) {
    this.gazetteer = gazetteer;
    this.clusters = clusters;
    this.options = options;
  }

  public NerModel train(List<TrainingSentence> sentences, Progress progress) {
    FeatureIndex index = FeatureIndex.build(sentences, gazetteer, clusters, options.minCount());
    int features = index.size();
    float[] weights = new float[features * T];
    float[] sums = new float[features * T];
    float[] transition = new float[T * T];
    float[] transitionSums = new float[T * T];
    float[] start = new float[T];
    float[] startSums = new float[T];
    float[] end = new float[T];
    float[] endSums = new float[T];
    List<boolean[]> allowed = new ArrayList<>(sentences.size());
    for (TrainingSentence sentence : sentences) {
      allowed.add(sentence.allowed());
    }
    int[] order = new int[sentences.size()];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    long step = 1;
    for (int epoch = 1; epoch <= options.epochs(); epoch++) {
      shuffle(order, new Random(options.seed() + epoch));
      int mistakes = 0;
      for (int k : order) {
        TrainingSentence sentence = sentences.get(k);
        int[][] ids = index.ids(k);
        int n = ids.length;
        if (n == 0) {
          continue;
        }
        float[] emission = new float[n * T];
        for (int i = 0; i < n; i++) {
          for (int f : ids[i]) {
            int row = f * T;
            for (int t = 0; t < T; t++) {
              emission[i * T + t] += weights[row + t];
            }
          }
        }
        int[] predicted = Viterbi.decode(emission, n, transition, start, end, null);
        boolean[] ok = allowed.get(k);
        if (!fits(predicted, ok)) {
          mistakes++;
          int[] target = Viterbi.decode(emission, n, transition, start, end, ok);
          float rate = sentence.weight();
          float timed = rate * step;
          for (int i = 0; i < n; i++) {
            int good = target[i];
            int bad = predicted[i];
            if (good != bad) {
              for (int f : ids[i]) {
                add(weights, sums, f * T + good, rate, timed);
                add(weights, sums, f * T + bad, -rate, -timed);
              }
            }
            if (i > 0) {
              add(transition, transitionSums, target[i - 1] * T + good, rate, timed);
              add(transition, transitionSums, predicted[i - 1] * T + bad, -rate, -timed);
            }
          }
          add(start, startSums, target[0], rate, timed);
          add(start, startSums, predicted[0], -rate, -timed);
          add(end, endSums, target[n - 1], rate, timed);
          add(end, endSums, predicted[n - 1], -rate, -timed);
        }
        step++;
      }
      if (progress != null) {
        long steps = step;
        progress.epochDone(epoch, mistakes, () -> averaged(index, weights, sums, transition,
            transitionSums, start, startSums, end, endSums, steps));
      }
    }
    return averaged(index, weights, sums, transition, transitionSums, start, startSums, end,
        endSums, step);
  }

  private NerModel averaged(
      FeatureIndex index, float[] weights, float[] sums, float[] transition,
      float[] transitionSums, float[] start, float[] startSums, float[] end, float[] endSums,
      long steps) {
    return NerModel.fromDense(
        gazetteer, clusters, index.keys(), average(weights, sums, steps),
        average(transition, transitionSums, steps), average(start, startSums, steps),
        average(end, endSums, steps), options.minWeight());
  }

  /** The averaged weights: each weight's mean over all steps, {@code w - sums / steps}. */
  private static float[] average(float[] weights, float[] sums, long steps) {
    float[] result = new float[weights.length];
    for (int i = 0; i < weights.length; i++) {
      result[i] = (float) (weights[i] - (double) sums[i] / steps);
    }
    return result;
  }

  private static void add(float[] weights, float[] sums, int index, float delta, float timed) {
    weights[index] += delta;
    sums[index] += timed;
  }

  private static boolean fits(int[] tags, boolean[] allowed) {
    for (int i = 0; i < tags.length; i++) {
      if (!allowed[i * T + tags[i]]) {
        return false;
      }
    }
    return true;
  }

  private static void shuffle(int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
  }
}
