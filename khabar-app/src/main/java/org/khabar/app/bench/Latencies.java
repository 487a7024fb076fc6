package org.khabar.app.bench;

import java.util.Arrays;

/** Request latencies and their percentiles, in milliseconds. */
public final class Latencies {

  private long[] nanos = new long[1024];
  private int count;

  public synchronized void add(long elapsedNanos) {
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = elapsedNanos;
  }

  public synchronized int count() {
    return count;
  }

  /** The {@code p}-th percentile (0-100) in milliseconds, nearest-rank. */
  public synchronized double percentile(double p) {
    if (count == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * count);
    return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
  }

  public synchronized double mean() {
    double sum = 0;
    for (int i = 0; i < count; i++) {
      sum += nanos[i];
    }
    return count == 0 ? Double.NaN : sum / count / 1e6;
  }
}
