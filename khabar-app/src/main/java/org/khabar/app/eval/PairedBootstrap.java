package org.khabar.app.eval;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A confidence interval for the difference of two systems' mean scores on the same queries: the
 * queries are resampled with replacement, and the interval is the percentiles of the resampled
 * mean differences.
 */
public final class PairedBootstrap {

  /** An interval around the observed difference. */
  public record Interval(double difference, double low, double high) {

    /** True if the interval leaves out zero. */
    public boolean excludesZero() {
      return low > 0 || high < 0;
    }
  }

  private PairedBootstrap() {}

  /** The {@code level} (such as 0.95) interval of mean(a - b) from {@code samples} resamplings. */
  public static Interval meanDifference(
      double[] a, double[] b, int samples, double level, long seed) {
    if (a.length != b.length || a.length == 0) {
      throw new IllegalArgumentException("need scores of the same, non-empty set of queries");
    }
    int n = a.length;
    double[] diff = new double[n];
    for (int i = 0; i < n; i++) {
      diff[i] = a[i] - b[i];
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] means = new double[samples];
    for (int s = 0; s < samples; s++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += diff[random.nextInt(n)];
      }
      means[s] = sum / n;
    }
    Arrays.sort(means);
    double tail = (1 - level) / 2;
    int lowIndex = (int) Math.floor(tail * samples);
    int highIndex = Math.min(samples - 1, (int) Math.ceil((1 - tail) * samples) - 1);
    return new Interval(RetrievalEval.mean(diff), means[lowIndex], means[highIndex]);
  }
}
