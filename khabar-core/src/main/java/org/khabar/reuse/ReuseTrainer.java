package org.khabar.reuse;

import java.util.List;

/**
 * Fits a {@link ReuseClassifier}: standardizes the features, then maximizes the L2-regularized
 * log-likelihood of the ordinal model by full-batch gradient ascent, from zero weights and the
 * cut points that give each class its share of the examples, so the same data always gives the
 * same model. The log-likelihood of the proportional-odds model is concave, so the start only
 * decides how fast it gets there. With {@code balanced}, each class weighs as much in the
 * likelihood as any other however few examples it has (wholly derived pairs are rare), which is
 * what a macro-averaged score rewards.
 */
public final class ReuseTrainer {

  /** One labelled pair. */
  public record Example(double[] features, ReuseClass label) {}

  /** Keeps the likelihood of a partly derived example finite when the two cuts meet. */
  private static final double TINY = 1e-12;

  private final double l2;
  private final int iterations;
  private final double learningRate;
  private final boolean balanced;

  public ReuseTrainer(double l2, int iterations, double learningRate, boolean balanced) {
    this.l2 = l2;
    this.iterations = iterations;
    this.learningRate = learningRate;
    this.balanced = balanced;
  }

  public ReuseClassifier fit(List<Example> examples) {
    int features = ReuseFeatures.NAMES.size();
    int n = examples.size();
    double[] means = new double[features];
    double[] scales = new double[features];
    for (Example example : examples) {
      for (int i = 0; i < features; i++) {
        means[i] += example.features()[i] / n;
      }
    }
    for (Example example : examples) {
      for (int i = 0; i < features; i++) {
        double d = example.features()[i] - means[i];
        scales[i] += d * d / n;
      }
    }
    for (int i = 0; i < features; i++) {
      scales[i] = Math.sqrt(scales[i]) + 1e-9;
    }
    double[][] x = new double[n][features];
    for (int e = 0; e < n; e++) {
      for (int i = 0; i < features; i++) {
        x[e][i] = (examples.get(e).features()[i] - means[i]) / scales[i];
      }
    }
    double[] exampleWeight = exampleWeights(examples);
    double[] weights = new double[features];
    double[] shares = classShares(examples, exampleWeight);
    double derivedCut = logit(shares[ReuseClass.ND.ordinal()]);
    double whollyCut = -logit(shares[ReuseClass.WD.ordinal()]);
    for (int step = 0; step < iterations; step++) {
      double[] gradient = new double[features];
      double derivedCutGradient = 0;
      double whollyCutGradient = 0;
      for (int e = 0; e < n; e++) {
        double score = ReuseClassifier.score(weights, x[e]);
        double derived = ReuseClassifier.sigmoid(score - derivedCut);
        double wholly = ReuseClassifier.sigmoid(score - whollyCut);
        // d log P(label) / d score, / d derivedCut and / d whollyCut
        double byScore;
        double byDerivedCut = 0;
        double byWhollyCut = 0;
        switch (examples.get(e).label()) {
          case ND -> {
            byScore = -derived;
            byDerivedCut = derived;
          }
          case WD -> {
            byScore = 1 - wholly;
            byWhollyCut = -(1 - wholly);
          }
          default -> {
            double p = Math.max(derived - wholly, TINY);
            double derivedSlope = derived * (1 - derived);
            double whollySlope = wholly * (1 - wholly);
            byScore = (derivedSlope - whollySlope) / p;
            byDerivedCut = -derivedSlope / p;
            byWhollyCut = whollySlope / p;
          }
        }
        double w = exampleWeight[e] / n;
        for (int i = 0; i < features; i++) {
          gradient[i] += w * byScore * x[e][i];
        }
        derivedCutGradient += w * byDerivedCut;
        whollyCutGradient += w * byWhollyCut;
      }
      for (int i = 0; i < features; i++) {
        weights[i] += learningRate * (gradient[i] - l2 * weights[i]);
      }
      derivedCut += learningRate * derivedCutGradient;
      whollyCut += learningRate * whollyCutGradient;
    }
    return new ReuseClassifier(means, scales, weights, derivedCut, Math.max(derivedCut, whollyCut));
  }

  /** 1 for each example, or with {@code balanced} the inverse of its class's share, over 3. */
  private double[] exampleWeights(List<Example> examples) {
    int classes = ReuseClass.values().length;
    int[] counts = new int[classes];
    examples.forEach(example -> counts[example.label().ordinal()]++);
    double[] weights = new double[examples.size()];
    for (int e = 0; e < examples.size(); e++) {
      int count = counts[examples.get(e).label().ordinal()];
      weights[e] = balanced ? (double) examples.size() / (classes * count) : 1.0;
    }
    return weights;
  }

  /** The share of each class in the weighted examples, kept off 0 and 1. */
  private static double[] classShares(List<Example> examples, double[] exampleWeight) {
    double[] shares = new double[ReuseClass.values().length];
    double total = 0;
    for (int e = 0; e < examples.size(); e++) {
      shares[examples.get(e).label().ordinal()] += exampleWeight[e];
      total += exampleWeight[e];
    }
    for (int c = 0; c < shares.length; c++) {
      shares[c] = Math.min(Math.max(shares[c] / total, 0.01), 0.99);
    }
    return shares;
  }

  private static double logit(double p) {
    return Math.log(p / (1 - p));
  }
}
