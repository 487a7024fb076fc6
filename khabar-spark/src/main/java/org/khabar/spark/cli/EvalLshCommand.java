package org.khabar.spark.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.khabar.UrduPipeline;
import org.khabar.archive.MinHash;
import org.khabar.archive.ReportFacts;
import org.khabar.io.Report;
import org.khabar.pipeline.Pipeline;
import org.khabar.spark.eval.CounterRecall;
import org.khabar.spark.eval.InMemoryLsh;
import org.khabar.spark.eval.JsonLinesReports;
import org.khabar.spark.eval.WordSets;
import org.khabar.spark.related.LshSettings;
import org.khabar.text.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code khabar eval lsh}: measures how well word 3-grams and content words tell COUNTER's
 * rewrites from unrelated reports, and tries LSH settings on pairs 0001-0150 only, choosing the
 * cheapest one (fewest candidate pairs) that reaches a target recall; then reports the chosen one
 * on pairs 0151-0300 and on all.
 */
@Command(
    name = "lsh",
    mixinStandardHelpOptions = true,
    header = "Tune the related-story hashing on COUNTER pairs 0001-0150.",
    description = {
      "Analyses news/counter.jsonl and news/xlsum-ur.jsonl (no Spark), compares word",
      "3-grams with content words on COUNTER's WD/PD pairs, and tries LSH settings (rows",
      "per band, bands, least similarity) on pairs 0001-0150. The choice: of the settings",
      "that reach --target-recall, the one with the fewest candidates per report (the",
      "cost at scale), then the fewest related reports per report."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the setting chosen is the job's default (LshSettings.DEFAULT)",
      "1:it is not, or no setting reaches the target"
    })
final class EvalLshCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DataFolder data;

  @Option(names = "--target-recall", defaultValue = "0.95",
      description = "Recall on pairs 0001-0150 a setting must reach to be chosen"
          + " (default: ${DEFAULT-VALUE}).")
  double targetRecall;

  @Option(names = "--drop-common", defaultValue = "0",
      description = "Measurement only (the job keeps them): leave out words found in more than"
          + " this share of the reports (default: 0, none).")
  double dropCommon;

  @Option(names = "--max-bucket", defaultValue = "2000",
      description = "Skip LSH buckets of more reports than this (default: ${DEFAULT-VALUE}).")
  int maxBucket;

  @Option(names = "--window-days", defaultValue = "7",
      description = "Date window to measure the chosen setting with (default: ${DEFAULT-VALUE}).")
  int windowDays;

  private static final int[][] BANDINGS = {
    {1, 96}, {2, 48}, {3, 32}, {2, 96}, {3, 64}, {2, 144}, {3, 96}, {4, 96}, {3, 160}, {4, 160}
  };
  private static final double[] THRESHOLDS = {0.04, 0.06, 0.08, 0.10, 0.12};

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Report> counter = JsonLinesReports.reports(
        JsonLinesReports.read(data.require("news/counter.jsonl")));
    List<Report> reports = new ArrayList<>(counter);
    reports.addAll(JsonLinesReports.reports(
        JsonLinesReports.read(data.require("news/xlsum-ur.jsonl"))));
    Pipeline pipeline = UrduPipeline.full();
    List<Document> documents = reports.parallelStream()
        .map(r -> pipeline.apply(r.toDocument())).toList();
    List<LocalDate> dates = reports.stream().map(Report::date).toList();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < reports.size(); i++) {
      index.put(reports.get(i).id(), i);
    }
    List<CounterRecall.Pair> pairs = CounterRecall.pairs(counter);
    List<CounterRecall.Pair> tuning = pairs.stream()
        .filter(p -> p.number() <= 150 && p.isReuse()).toList();
    out.printf(Locale.ROOT, "%d reports (%d COUNTER, %d XL-Sum); %d WD/PD pairs in 0001-0150%n",
        reports.size(), counter.size(), reports.size() - counter.size(), tuning.size());

    separation(out, "word 3-grams", sets(documents, WordSets::wordTrigrams), tuning, index);
    List<List<String>> contentWords = documents.stream()
        .map(d -> ReportFacts.of(d).words()).toList();
    separation(out, "content words", sets(contentWords), tuning, index);
    List<List<String>> words = contentWords;
    if (dropCommon > 0) {
      words = withoutCommonWords(contentWords, out);
      separation(out, "rare words", sets(words), tuning, index);
    }
    Map<Integer, List<long[]>> bySize = new HashMap<>();
    List<List<String>> finalWords = words;
    out.println();
    out.println("LSH on content-word MinHash, pairs 0001-0150:");
    out.println("rows bands  least-J  recall  candidates/report  related/report");
    LshSettings best = null;
    double[] bestScore = null;
    for (int[] banding : BANDINGS) {
      LshSettings base = new LshSettings(banding[0], banding[1], 0, maxBucket);
      List<long[]> signatures = bySize.computeIfAbsent(base.hashes(), size -> finalWords
          .parallelStream().map(w -> MinHash.signature(w, size)).toList());
      Set<Long> candidates = InMemoryLsh.candidates(signatures, dates, base);
      for (double threshold : THRESHOLDS) {
        LshSettings settings = new LshSettings(banding[0], banding[1], threshold, maxBucket);
        double[] score = score(settings, candidates, signatures, tuning, index);
        out.printf(Locale.ROOT, "%4d %5d  %7.2f  %6.3f  %17.1f  %14.2f%n", settings.rows(),
            settings.bands(), threshold, score[0], score[1], score[2]);
        if (score[0] >= targetRecall && (bestScore == null || score[1] < bestScore[1]
            || (score[1] == bestScore[1] && score[2] < bestScore[2]))) {
          best = settings;
          bestScore = score;
        }
      }
    }
    if (best == null) {
      out.println("no setting reaches recall " + targetRecall + " on pairs 0001-0150");
      return ExitCodes.FAILED;
    }
    out.println();
    out.println("chosen on 0001-0150: " + best + String.format(Locale.ROOT,
        " (recall %.3f, %.1f candidates and %.2f related per report)", bestScore[0],
        bestScore[1], bestScore[2]));
    LshSettings chosen = best;
    List<long[]> signatures = bySize.computeIfAbsent(chosen.hashes(), size -> finalWords
        .parallelStream().map(w -> MinHash.signature(w, size)).toList());
    for (int window : new int[] {0, windowDays}) {
      LshSettings windowed = best.withWindowDays(window);
      Set<Long> candidates = InMemoryLsh.candidates(signatures, dates, windowed);
      for (int[] range : new int[][] {{1, 150}, {151, 300}, {1, 300}}) {
        List<CounterRecall.Pair> held = pairs.stream().filter(p -> p.isReuse()
            && p.number() >= range[0] && p.number() <= range[1]).toList();
        double[] score = score(windowed, candidates, signatures, held, index);
        out.printf(Locale.ROOT, "  %s pairs %04d-%04d: recall %.3f (%d WD/PD pairs); %.1f"
            + " candidates and %.2f related per report%n", window == 0 ? "no date window,"
            : "window of " + window + " days,", range[0], range[1], score[0], held.size(),
            score[1], score[2]);
      }
    }
    if (dropCommon > 0) {
      return ExitCodes.OK;
    }
    LshSettings inUse = LshSettings.DEFAULT;
    boolean same = inUse.rows() == best.rows() && inUse.bands() == best.bands()
        && inUse.minSimilarity() == best.minSimilarity();
    out.println("  in use (LshSettings.DEFAULT): " + inUse + (same ? ": the same"
        : ": DIFFERENT; update LshSettings.DEFAULT or the tuning"));
    return same ? ExitCodes.OK : ExitCodes.FAILED;
  }

  /** Recall on {@code pairs}, candidates per report, related per report. */
  private static double[] score(LshSettings settings, Set<Long> candidates,
      List<long[]> signatures, List<CounterRecall.Pair> pairs, Map<String, Integer> index) {
    int n = signatures.size();
    long related = 0;
    for (long pair : candidates) {
      if (similarity(signatures, (int) (pair / n), (int) (pair % n)) >= settings.minSimilarity()) {
        related++;
      }
    }
    int found = 0;
    for (CounterRecall.Pair pair : pairs) {
      int a = index.get(pair.sourceId());
      int b = index.get(pair.derivedId());
      long key = (long) Math.min(a, b) * n + Math.max(a, b);
      if (candidates.contains(key) && similarity(signatures, a, b) >= settings.minSimilarity()) {
        found++;
      }
    }
    return new double[] {
      pairs.isEmpty() ? 0 : (double) found / pairs.size(),
      2.0 * candidates.size() / n,
      2.0 * related / n
    };
  }

  private static double similarity(List<long[]> signatures, int a, int b) {
    return MinHash.similarity(signatures.get(a), signatures.get(b));
  }

  /** The words of each report without those in more than --drop-common of the reports. */
  private List<List<String>> withoutCommonWords(List<List<String>> words, PrintWriter out) {
    Map<String, Integer> frequency = new HashMap<>();
    words.forEach(list -> new HashSet<>(list).forEach(w -> frequency.merge(w, 1, Integer::sum)));
    Set<String> common = new HashSet<>();
    frequency.forEach((word, reports) -> {
      if (reports > dropCommon * words.size()) {
        common.add(word);
      }
    });
    out.printf(Locale.ROOT, "(measurement only) leaving out the %d words found in more than %.0f%%"
        + " of the reports%n", common.size(), 100 * dropCommon);
    return words.stream()
        .map(list -> list.stream().filter(w -> !common.contains(w)).toList()).toList();
  }

  private static List<Set<String>> sets(List<Document> documents,
      Function<Document, Set<String>> view) {
    return documents.parallelStream().map(view).toList();
  }

  private static List<Set<String>> sets(List<List<String>> words) {
    return words.stream().<Set<String>>map(HashSet::new).toList();
  }

  /** How well one view tells a derived report's source from every other report. */
  private static void separation(PrintWriter out, String view, List<Set<String>> all,
      List<CounterRecall.Pair> pairs, Map<String, Integer> index) {
    double[] own = new double[pairs.size()];
    double[] otherBest = new double[pairs.size()];
    int top = 0;
    for (int k = 0; k < pairs.size(); k++) {
      int source = index.get(pairs.get(k).sourceId());
      int derived = index.get(pairs.get(k).derivedId());
      own[k] = WordSets.jaccard(all.get(derived), all.get(source));
      double best = 0;
      for (int i = 0; i < all.size(); i++) {
        if (i != source && i != derived) {
          best = Math.max(best, WordSets.jaccard(all.get(derived), all.get(i)));
        }
      }
      otherBest[k] = best;
      if (own[k] > best) {
        top++;
      }
    }
    double[] random = randomPairs(all, 20000);
    out.printf(Locale.ROOT, "%-13s: source/derived Jaccard median %.3f (10th pct %.3f); best"
            + " unrelated median %.3f (90th pct %.3f); random pairs median %.3f (99th pct %.3f);"
            + " source is the most similar report for %d of %d%n", view, pct(own, 50),
        pct(own, 10), pct(otherBest, 50), pct(otherBest, 90), pct(random, 50), pct(random, 99),
        top, pairs.size());
  }

  private static double[] randomPairs(List<Set<String>> all, int count) {
    Random random = new Random(7);
    double[] values = new double[count];
    for (int k = 0; k < count; k++) {
      int a = random.nextInt(all.size());
      int b = random.nextInt(all.size() - 1);
      values[k] = WordSets.jaccard(all.get(a), all.get(b >= a ? b + 1 : b));
    }
    return values;
  }

  private static double pct(double[] values, int percentile) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1,
        (int) Math.floor(percentile / 100.0 * sorted.length))];
  }
}
