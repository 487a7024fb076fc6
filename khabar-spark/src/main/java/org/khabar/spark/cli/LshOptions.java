package org.khabar.spark.cli;

import org.khabar.spark.related.LshSettings;
import picocli.CommandLine.Option;

/** The options that set how related stories are found (defaults: {@link LshSettings#DEFAULT}). */
final class LshOptions {

  @Option(names = "--lsh-rows", paramLabel = "R",
      description = "Min-hashes per LSH band (default: ${DEFAULT-VALUE}).")
  int rows = LshSettings.DEFAULT.rows();

  @Option(names = "--lsh-bands", paramLabel = "B",
      description = "LSH bands; R x B hash functions in all (default: ${DEFAULT-VALUE}).")
  int bands = LshSettings.DEFAULT.bands();

  @Option(names = "--min-similarity", paramLabel = "J",
      description = "Least estimated Jaccard similarity of related reports (default: ${DEFAULT-VALUE}).")
  double minSimilarity = LshSettings.DEFAULT.minSimilarity();

  @Option(names = "--max-bucket", paramLabel = "N",
      description = "Skip LSH buckets of more reports than this (default: ${DEFAULT-VALUE}).")
  int maxBucket = LshSettings.DEFAULT.maxBucket();

  @Option(names = "--window-days", paramLabel = "W",
      description = "Relate only reports dated less than W days apart, or both undated; for"
          + " corpora that span years (default: ${DEFAULT-VALUE}: no window).")
  int windowDays = LshSettings.DEFAULT.windowDays();

  LshSettings settings() {
    return new LshSettings(rows, bands, minSimilarity, maxBucket, windowDays);
  }
}
