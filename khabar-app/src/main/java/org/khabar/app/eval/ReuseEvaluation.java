package org.khabar.app.eval;

import java.util.ArrayList;
import java.util.List;
import org.khabar.pipeline.Pipeline;
import org.khabar.reuse.ReuseClass;
import org.khabar.reuse.ReuseClassifier;
import org.khabar.reuse.ReuseFeatures;
import org.khabar.reuse.ReuseTrainer;

/**
 * Scores reuse classification on COUNTER pairs: accuracy of derived (WD or PD) against not
 * derived, and macro-F1 over WD, PD and ND, for Khabar's model and for the stock baseline, word
 * 3-gram containment with two thresholds fitted on the training pairs.
 */
public final class ReuseEvaluation {

  /** The scores of one classifier. */
  public record Scores(String name, double derivedAccuracy, double macroF1, int[][] confusion) {}

  private ReuseEvaluation() {}

  /** The features of each pair, analysed with {@code pipeline}. */
  public static List<ReuseTrainer.Example> examples(List<CounterPairs.Pair> pairs,
      Pipeline pipeline) {
    List<ReuseTrainer.Example> examples = new ArrayList<>();
    for (CounterPairs.Pair pair : pairs) {
      double[] features = ReuseFeatures.of(
          pipeline.apply(pair.source().toDocument()), pipeline.apply(pair.derived().toDocument()));
      examples.add(new ReuseTrainer.Example(features, pair.reuse()));
    }
    return examples;
  }

  public static Scores score(String name, ReuseClassifier classifier,
      List<ReuseTrainer.Example> test) {
    List<ReuseClass> predicted = new ArrayList<>();
    for (ReuseTrainer.Example example : test) {
      predicted.add(classifier.classify(example.features()).reuse());
    }
    return scores(name, test, predicted);
  }

  /** The baseline: containment of word 3-grams against two thresholds. */
  public record ContainmentThresholds(double derived, double whollyDerived) {
    static final int FEATURE = ReuseFeatures.NAMES.indexOf("containment3");

    ReuseClass classify(double[] features) {
      double value = features[FEATURE];
      return value >= whollyDerived ? ReuseClass.WD : value >= derived ? ReuseClass.PD
          : ReuseClass.ND;
    }

    /** The thresholds with the best 3-class accuracy on {@code train}. */
    public static ContainmentThresholds fit(List<ReuseTrainer.Example> train) {
      ContainmentThresholds best = null;
      double bestAccuracy = -1;
      for (int low = 0; low <= 100; low++) {
        for (int high = low; high <= 100; high++) {
          ContainmentThresholds candidate = new ContainmentThresholds(low / 100.0, high / 100.0);
          int right = 0;
          for (ReuseTrainer.Example example : train) {
            right += candidate.classify(example.features()) == example.label() ? 1 : 0;
          }
          if (right > bestAccuracy) {
            bestAccuracy = right;
            best = candidate;
          }
        }
      }
      return best;
    }

    public Scores score(List<ReuseTrainer.Example> test) {
      List<ReuseClass> predicted = new ArrayList<>();
      for (ReuseTrainer.Example example : test) {
        predicted.add(classify(example.features()));
      }
      return scores("word 3-gram containment", test, predicted);
    }
  }

  public static Scores scores(String name, List<ReuseTrainer.Example> test, List<ReuseClass> predicted) {
    int classes = ReuseClass.values().length;
    int[][] confusion = new int[classes][classes];
    int derivedRight = 0;
    for (int i = 0; i < test.size(); i++) {
      ReuseClass gold = test.get(i).label();
      ReuseClass guess = predicted.get(i);
      confusion[gold.ordinal()][guess.ordinal()]++;
      derivedRight += gold.isDerived() == guess.isDerived() ? 1 : 0;
    }
    double f1Sum = 0;
    for (int c = 0; c < classes; c++) {
      int tp = confusion[c][c];
      int goldCount = 0;
      int predictedCount = 0;
      for (int k = 0; k < classes; k++) {
        goldCount += confusion[c][k];
        predictedCount += confusion[k][c];
      }
      double precision = predictedCount == 0 ? 0 : (double) tp / predictedCount;
      double recall = goldCount == 0 ? 0 : (double) tp / goldCount;
      f1Sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
    return new Scores(name, test.isEmpty() ? 0 : (double) derivedRight / test.size(),
        f1Sum / classes, confusion);
  }
}
