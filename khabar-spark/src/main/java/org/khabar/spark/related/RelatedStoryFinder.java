package org.khabar.spark.related;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udaf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.khabar.spark.rows.RelatedRow;

/**
 * Finds the pairs of reports that tell the same story at corpus scale, without comparing all
 * pairs: each report's signature is cut into LSH bands ({@link LshBands}); reports that agree on
 * a whole band meet in its bucket and become candidates; a candidate pair is related when the
 * similarity its signatures estimate reaches {@link LshSettings#minSimilarity()}.
 *
 * <p>Shuffles: band entries by bucket, candidate pairs by pair, and the pairs joined with the
 * two signatures. Work grows with the number of candidates, not with the square of the corpus.
 */
public final class RelatedStoryFinder {

  private final LshSettings settings;

  public RelatedStoryFinder(LshSettings settings) {
    this.settings = settings;
  }

  /**
   * What a run counts: the buckets skipped for holding more than {@link LshSettings#maxBucket()}
   * reports, and the candidate pairs whose similarity was estimated.
   */
  public record Counters(LongAccumulator skippedBuckets, LongAccumulator candidates)
      implements java.io.Serializable {}

  /** The related pairs among {@code signatures}, counting into {@code counters}. */
  public Dataset<RelatedRow> find(Dataset<SignatureRow> signatures, Counters counters) {
    LshSettings lsh = settings;
    Dataset<BandEntry> entries = signatures.flatMap(
        (FlatMapFunction<SignatureRow, BandEntry>) s -> bandEntries(s, lsh).iterator(),
        Encoders.bean(BandEntry.class));
    Dataset<Row> buckets = entries.groupBy("band", "key")
        .agg(udaf(new CappedBucket(lsh.maxBucket()), Encoders.STRING()).apply(col("id"))
            .as("members"))
        .select(col("members.ids").as("ids"), col("members.overflow").as("overflow"));
    Dataset<CandidatePair> pairs = buckets.flatMap(
        (FlatMapFunction<Row, CandidatePair>) bucket -> {
          if (bucket.getBoolean(1)) {
            counters.skippedBuckets().add(1);
            return Collections.emptyIterator();
          }
          return pairsOf(bucket.getList(0)).iterator();
        },
        Encoders.bean(CandidatePair.class));
    Dataset<Row> candidates = pairs.groupBy("reportId", "relatedId")
        .agg(count(lit(1)).cast("int").as("sharedBands"));
    Dataset<Row> first = signatures.select(col("id").as("reportId"), col("signature").as("a"));
    Dataset<Row> second = signatures.select(col("id").as("relatedId"), col("signature").as("b"));
    double min = lsh.minSimilarity();
    return candidates.join(first, "reportId").join(second, "relatedId").flatMap(
        (FlatMapFunction<Row, RelatedRow>) row -> {
          counters.candidates().add(1);
          double similarity = ContentWordSignature.similarity(
              (byte[]) row.get(row.fieldIndex("a")), (byte[]) row.get(row.fieldIndex("b")));
          if (similarity < min) {
            return Collections.emptyIterator();
          }
          RelatedRow related = new RelatedRow();
          related.setReportId(row.getString(row.fieldIndex("reportId")));
          related.setRelatedId(row.getString(row.fieldIndex("relatedId")));
          related.setSimilarity(similarity);
          related.setSharedBands(row.getInt(row.fieldIndex("sharedBands")));
          return List.of(related).iterator();
        },
        Encoders.bean(RelatedRow.class));
  }

  /** The band entries of one report; none if it has no content words. */
  static List<BandEntry> bandEntries(SignatureRow report, LshSettings settings) {
    long[] signature = ContentWordSignature.fromBytes(report.getSignature());
    if (ContentWordSignature.isEmpty(signature)) {
      return List.of();
    }
    long[] keys = LshBands.keys(signature, settings, report.getDate());
    int perBand = keys.length / settings.bands();
    List<BandEntry> entries = new ArrayList<>(keys.length);
    for (int i = 0; i < keys.length; i++) {
      BandEntry entry = new BandEntry();
      entry.setBand(i / perBand);
      entry.setKey(keys[i]);
      entry.setId(report.getId());
      entries.add(entry);
    }
    return entries;
  }

  /** Every pair of distinct ids in a bucket, the smaller id first. */
  static List<CandidatePair> pairsOf(List<String> ids) {
    List<String> sorted = new ArrayList<>(new java.util.TreeSet<>(ids));
    List<CandidatePair> pairs = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = i + 1; j < sorted.size(); j++) {
        CandidatePair pair = new CandidatePair();
        pair.setReportId(sorted.get(i));
        pair.setRelatedId(sorted.get(j));
        pairs.add(pair);
      }
    }
    return pairs;
  }

}
