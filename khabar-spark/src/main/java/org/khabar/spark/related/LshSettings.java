package org.khabar.spark.related;

import java.io.Serializable;

/**
 * How related stories are found: each report's content words get a MinHash signature of {@code
 * rows * bands} hash functions, cut into {@code bands} bands of {@code rows} min-hashes each; two reports are candidates when they agree on every row of some band, and
 * related when their estimated similarity is at least {@code minSimilarity}. A band shared by
 * more than {@code maxBucket} reports (boilerplate, or a story copied thousands of times) is
 * skipped rather than paired quadratically. With a window of {@code windowDays} days, only
 * reports dated less than that apart (or both undated) can become candidates: the work then
 * grows with the reports of a few days, not with the whole corpus.
 *
 * <p>With Jaccard similarity J, a pair becomes a candidate with probability {@code 1 - (1 -
 * J^rows)^bands}. The defaults were chosen by {@code khabar eval lsh} on COUNTER pairs 0001-0150
 * only: of the settings that find the source of at least 95% of the WD/PD derived reports there,
 * the one with the fewest candidate pairs (see the module README).
 *
 * @param rows min-hashes per band (AND)
 * @param bands bands (OR)
 * @param minSimilarity the least estimated Jaccard similarity of a related pair
 * @param maxBucket the most reports a band bucket may hold and still be paired
 * @param windowDays pair only reports dated less than this many days apart; 0 for no window
 */
public record LshSettings(int rows, int bands, double minSimilarity, int maxBucket,
    int windowDays) implements Serializable {

  /** The tuned settings (see the class comment). */
  public static final LshSettings DEFAULT = new LshSettings(2, 96, 0.10, 2000);

  /** The most hash functions a signature may have. */
  public static final int MAX_HASHES = 1024;

  public LshSettings {
    if (rows < 1 || bands < 1 || rows * bands > MAX_HASHES) {
      throw new IllegalArgumentException("need rows >= 1, bands >= 1 and rows * bands <= "
          + MAX_HASHES + ", got " + rows + " x " + bands);
    }
    if (minSimilarity < 0 || minSimilarity > 1) {
      throw new IllegalArgumentException("minSimilarity must be in 0..1, got " + minSimilarity);
    }
    if (maxBucket < 2) {
      throw new IllegalArgumentException("maxBucket must be at least 2, got " + maxBucket);
    }
    if (windowDays < 0) {
      throw new IllegalArgumentException("windowDays must be 0 or more, got " + windowDays);
    }
  }

  /** Settings without a date window. */
  public LshSettings(int rows, int bands, double minSimilarity, int maxBucket) {
    this(rows, bands, minSimilarity, maxBucket, 0);
  }

  /** These settings with a date window of {@code days} days (0: none). */
  public LshSettings withWindowDays(int days) {
    return new LshSettings(rows, bands, minSimilarity, maxBucket, days);
  }

  /** Hash functions in a signature: {@code rows * bands}. */
  public int hashes() {
    return rows * bands;
  }

  /** The probability that a pair of Jaccard similarity {@code jaccard} becomes a candidate. */
  public double candidateProbability(double jaccard) {
    return 1 - Math.pow(1 - Math.pow(jaccard, rows), bands);
  }

  @Override
  public String toString() {
    return rows + " rows x " + bands + " bands, similarity >= " + minSimilarity
        + ", buckets <= " + maxBucket + (windowDays > 0 ? ", dates < " + windowDays
        + " days apart" : "");
  }
}
