package org.khabar.spark.job;

/**
 * What one run of the job did.
 *
 * @param reports reports analysed (rows in {@code reports})
 * @param rejects input records not analysed (rows in {@code rejects})
 * @param mentions rows in {@code mentions}
 * @param statements rows in {@code statements}
 * @param related rows in {@code related}
 * @param candidates candidate pairs of LSH whose similarity was estimated
 * @param skippedBuckets LSH buckets skipped for holding too many reports
 * @param seconds wall-clock time of the job, from reading to the last table written
 * @param analysisSeconds of which reading, analysing and writing {@code reports}, {@code
 *     mentions}, {@code statements} and {@code rejects}
 */
public record JobSummary(
    long reports, long rejects, long mentions, long statements, long related, long candidates,
    long skippedBuckets, double seconds, double analysisSeconds) {

  /** Reports analysed per second of the whole job. */
  public double reportsPerSecond() {
    return seconds > 0 ? reports / seconds : 0;
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT,
        "%d reports analysed, %d records rejected; %d mentions, %d statements, %d related pairs"
            + " of %d candidates%s; %.1f s (%.0f reports/s; %.1f s to analyse and write the analysis, %.1f s for"
            + " related stories)",
        reports, rejects, mentions, statements, related, candidates,
        skippedBuckets > 0 ? " (" + skippedBuckets + " oversized LSH buckets skipped)" : "",
        seconds, reportsPerSecond(), analysisSeconds, seconds - analysisSeconds);
  }
}
