package org.khabar.reuse;

import java.util.List;

/**
 * Fits a {@link ReuseClassifier}: standardizes the features, then minimizes the L2-regularized
 * cross-entropy of a softmax model by full-batch gradient descent from zero weights, so the same
 * data always gives the same model. With {@code balanced}, each class weighs as much in the loss
 * as any other however few examples it has (wholly derived pairs are rare), which is what a
 * macro-averaged score rewards.
 */
public final class ReuseTrainer {

  /** One labelled pair. */
  public record Example(double[] features, ReuseClass label) {}

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
    int classes = ReuseClass.values().length;
    double[] means = new double[features];
    double[] scales = new double[features];
    for (Example example : examples) {
      for (int i = 0; i < features; i++) {
        means[i] += example.features()[i] / examples.size();
      }
    }
    for (Example example : examples) {
      for (int i = 0; i < features; i++) {
        double d = example.features()[i] - means[i];
        scales[i] += d * d / examples.size();
      }
    }
    for (int i = 0; i < features; i++) {
      scales[i] = Math.sqrt(scales[i]) + 1e-9;
    }
    double[][] x = new double[examples.size()][features];
    for (int e = 0; e < examples.size(); e++) {
      for (int i = 0; i < features; i++) {
        x[e][i] = (examples.get(e).features()[i] - means[i]) / scales[i];
      }
    }
    double[] classWeight = new double[classes];
    java.util.Arrays.fill(classWeight, 1.0);
    if (balanced) {
      int[] counts = new int[classes];
      examples.forEach(example -> counts[example.label().ordinal()]++);
      for (int c = 0; c < classes; c++) {
        classWeight[c] = counts[c] == 0 ? 0 : (double) examples.size() / (classes * counts[c]);
      }
    }
    double[][] weights = new double[classes][features + 1];
    for (int step = 0; step < iterations; step++) {
      double[][] gradient = new double[classes][features + 1];
      for (int e = 0; e < examples.size(); e++) {
        double[] p = ReuseClassifier.softmax(weights, x[e]);
        int label = examples.get(e).label().ordinal();
        for (int c = 0; c < classes; c++) {
          double error = (p[c] - (c == label ? 1 : 0)) * classWeight[label];
          for (int i = 0; i < features; i++) {
            gradient[c][i] += error * x[e][i] / examples.size();
          }
          gradient[c][features] += error / examples.size();
        }
      }
      for (int c = 0; c < classes; c++) {
        for (int i = 0; i <= features; i++) {
          double regular = i < features ? l2 * weights[c][i] : 0;
          weights[c][i] -= learningRate * (gradient[c][i] + regular);
        }
      }
    }
    return new ReuseClassifier(means, scales, weights);
  }
}
