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
   * @param conditioning what each annotation convention gets to itself
   * @param defaultConvention the convention the model decodes in by default, or null
   * @param runs perceptrons trained with other visiting orders (seeds {@code seed}, {@code seed
   *     + 1000}, ...) and averaged into one model
   */
  public record Options(
      int epochs, long seed, int minCount, float minWeight, Conditioning conditioning,
      String defaultConvention, int runs) {
    /**
     * Five passes: chosen on the dev sets, as the best mean dev F1 of the four sets. With five
     * runs averaged, every set's dev F1 peaks at pass 3 to 6 and then falls (jahangir 0.781 after
     * 5, 0.768 after 8) as the perceptrons fit the training sets' own noise. With the model of
     * November 2026, passes 3 to 8 gave a mean of 0.772, 0.779, 0.782, 0.780, 0.776, 0.775.
     */
    public static final Options DEFAULT =
        new Options(5, 20240601L, 2, 0.05f, Conditioning.NONE, null, 1);

    public Options {
      if (runs < 1) {
        throw new IllegalArgumentException("at least one run");
      }
    }

    /** Options without conventions, one run. */
    public Options(int epochs, long seed, int minCount, float minWeight) {
      this(epochs, seed, minCount, minWeight, Conditioning.NONE, null, 1);
    }
  }

  /**
   * How much of the model each annotation convention (see {@link TrainingSentence#convention})
   * gets to itself, beside the weights all conventions share: nothing; its own transitions and
   * bias; also its own weights for the word, its shape, affixes, class and gazetteer matches; or
   * a copy of every feature (Daumé's "frustratingly easy" domain adaptation).
   */
  public enum Conditioning {
    NONE,
    BIAS,
    LEXICAL,
    ALL
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
  private final Gazetteer seen;
  private final WordClusters clusters;
  private final Options options;

  public PerceptronTrainer(Gazetteer gazetteer, WordClusters clusters, Options options) {
    this(gazetteer, Gazetteer.empty(), clusters, options);
  }

  /**
   * @param seen the names of the training annotations, by type, for the model to keep (each
   *     training sentence sees its own jackknifed list, {@link TrainingSentence#seen})
   */
  public PerceptronTrainer(
      Gazetteer gazetteer, Gazetteer seen, WordClusters clusters, Options options) {
    this.gazetteer = gazetteer;
    this.seen = seen;
    this.clusters = clusters;
    this.options = options;
  }

  public NerModel train(List<TrainingSentence> sentences, Progress progress) {
    List<String> conventions = new ArrayList<>();
    int[] sentenceLayers = new int[sentences.size()];
    if (options.conditioning() != Conditioning.NONE) {
      for (int k = 0; k < sentences.size(); k++) {
        String convention = sentences.get(k).convention();
        if (convention != null) {
          if (!conventions.contains(convention)) {
            conventions.add(convention);
          }
          sentenceLayers[k] = conventions.indexOf(convention) + 1;
        }
      }
    }
    String defaultConvention = options.defaultConvention();
    if (defaultConvention != null && !conventions.isEmpty()
        && !conventions.contains(defaultConvention)) {
      throw new IllegalArgumentException("no training sentence is in the default convention "
          + defaultConvention);
    }
    if (conventions.isEmpty()) {
      defaultConvention = null;
    }
    FeatureIndex index = FeatureIndex.build(sentences, sentenceLayers, gazetteer, seen,
        clusters, options.minCount(), options.conditioning());
    int layerCount = conventions.size() + 1;
    List<boolean[]> allowed = new ArrayList<>(sentences.size());
    for (TrainingSentence sentence : sentences) {
      allowed.add(sentence.allowed());
    }
    List<Run> runs = new ArrayList<>();
    for (int r = 0; r < options.runs(); r++) {
      runs.add(new Run(index.size(), layerCount, options.seed() + 1000L * r));
    }
    for (int epoch = 1; epoch <= options.epochs(); epoch++) {
      int mistakes = 0;
      for (Run run : runs) {
        mistakes += run.pass(epoch, sentences, sentenceLayers, allowed, index);
      }
      if (progress != null) {
        String chosen = defaultConvention;
        progress.epochDone(epoch, mistakes, () -> averaged(index, conventions, chosen, runs));
      }
    }
    return averaged(index, conventions, defaultConvention, runs);
  }

  /**
   * One perceptron, its weights and their running sums for the average. Several runs with
   * other visiting orders are averaged into one model: a perceptron's weights depend on the
   * order it met the sentences in, and their mean varies less.
   */
  private static final class Run {
    final float[] weights;
    final float[] sums;
    final float[] transition;
    final float[] transitionSums;
    final float[] start;
    final float[] startSums;
    final float[] end;
    final float[] endSums;
    final float[] sentenceTransition = new float[T * T];
    final float[] sentenceStart = new float[T];
    final float[] sentenceEnd = new float[T];
    final long seed;
    int[] order;
    long step = 1;

    Run(int features, int layerCount, long seed) {
      weights = new float[features * T];
      sums = new float[features * T];
      transition = new float[layerCount * T * T];
      transitionSums = new float[layerCount * T * T];
      start = new float[layerCount * T];
      startSums = new float[layerCount * T];
      end = new float[layerCount * T];
      endSums = new float[layerCount * T];
      this.seed = seed;
    }

    /** One pass over the sentences; returns the number of sentences got wrong. */
    int pass(int epoch, List<TrainingSentence> sentences, int[] sentenceLayers,
        List<boolean[]> allowed, FeatureIndex index) {
      if (order == null) {
        order = new int[sentences.size()];
        for (int k = 0; k < order.length; k++) {
          order[k] = k;
        }
      }
      shuffle(order, new Random(seed + epoch));
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
        int layer = sentenceLayers[k];
        layered(transition, layer, T * T, sentenceTransition);
        layered(start, layer, T, sentenceStart);
        layered(end, layer, T, sentenceEnd);
        int[] predicted =
            Viterbi.decode(emission, n, sentenceTransition, sentenceStart, sentenceEnd, null);
        boolean[] ok = allowed.get(k);
        if (!fits(predicted, ok)) {
          mistakes++;
          int[] target =
              Viterbi.decode(emission, n, sentenceTransition, sentenceStart, sentenceEnd, ok);
          float rate = sentence.weight();
          float timed = rate * step;
          int[] layers = layer == 0 ? SHARED : new int[] {0, layer};
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
              for (int l : layers) {
                int base = l * T * T;
                add(transition, transitionSums, base + target[i - 1] * T + good, rate, timed);
                add(transition, transitionSums, base + predicted[i - 1] * T + bad, -rate,
                    -timed);
              }
            }
          }
          for (int l : layers) {
            add(start, startSums, l * T + target[0], rate, timed);
            add(start, startSums, l * T + predicted[0], -rate, -timed);
            add(end, endSums, l * T + target[n - 1], rate, timed);
            add(end, endSums, l * T + predicted[n - 1], -rate, -timed);
          }
        }
        step++;
      }
      return mistakes;
    }
  }

  private static final int[] SHARED = {0};

  /** {@code values}' shared part plus the part of {@code layer}, each {@code size} long. */
  private static void layered(float[] values, int layer, int size, float[] out) {
    System.arraycopy(values, 0, out, 0, size);
    if (layer > 0) {
      for (int i = 0; i < size; i++) {
        out[i] += values[layer * size + i];
      }
    }
  }

  private NerModel averaged(
      FeatureIndex index, List<String> conventions, String defaultConvention, List<Run> runs) {
    float[] weights = null;
    float[] transition = null;
    float[] start = null;
    float[] end = null;
    for (Run run : runs) {
      weights = plus(weights, average(run.weights, run.sums, run.step));
      transition = plus(transition, average(run.transition, run.transitionSums, run.step));
      start = plus(start, average(run.start, run.startSums, run.step));
      end = plus(end, average(run.end, run.endSums, run.step));
    }
    float share = 1f / runs.size();
    return NerModel.fromDense(
        gazetteer, seen, clusters, conventions, defaultConvention, index.keys(), index.layers(),
        times(weights, share), times(transition, share), times(start, share),
        times(end, share), options.minWeight());
  }

  private static float[] plus(float[] total, float[] values) {
    if (total == null) {
      return values;
    }
    for (int i = 0; i < total.length; i++) {
      total[i] += values[i];
    }
    return total;
  }

  private static float[] times(float[] values, float factor) {
    if (factor != 1f) {
      for (int i = 0; i < values.length; i++) {
        values[i] *= factor;
      }
    }
    return values;
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
