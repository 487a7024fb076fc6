package org.khabar.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.khabar.UrduPipeline;
import org.khabar.app.eval.AnalyzerVariants;
import org.khabar.app.eval.CounterPairs;
import org.khabar.app.eval.ReuseEvaluation;
import org.khabar.reuse.ReuseClass;
import org.khabar.reuse.ReuseClassifier;
import org.khabar.reuse.ReuseTrainer;
import org.khabar.app.eval.CounterArticle;
import org.khabar.app.eval.PairedBootstrap;
import org.khabar.app.eval.RetrievalEval;
import org.khabar.app.eval.RetrievalEval.QueryType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code khabar eval counter}: measurements on COUNTER, the Corpus of Urdu News Text Reuse.
 *
 * <p>Section one, retrieval: how well each analyzer finds a derived article's source report (see
 * {@link RetrievalEval}). Section two, reuse classification: the shipped WD/PD/ND model (fitted
 * on pairs 0001-0150 by {@code khabar train reuse}, never refitted here) on pairs 0151-0300,
 * beside word 3-gram containment with thresholds fitted on 0001-0150 (see {@link
 * ReuseEvaluation}).
 */
@Command(
    name = "counter",
    mixinStandardHelpOptions = true,
    header = "Measure on COUNTER: finding a reused report's source, and classifying reuse.",
    description = {
      "Indexes COUNTER's source reports with each analyzer and asks for each WD/PD derived",
      "article's source by its headline and by its first 50 words (BM25, SHOULD terms).",
      "Reports MRR and P@1 per analyzer and query type, and a paired bootstrap 95%% interval",
      "of each analyzer's MRR difference from StandardAnalyzer. Then classifies each pair",
      "of --reuse-pairs as wholly, partly or not derived with the shipped model, and reports",
      "derived-vs-not accuracy and 3-class macro-F1 beside word 3-gram containment."
    })
final class EvalCounterCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE.jsonl",
      description = "COUNTER file (default: news/counter.jsonl in the data folder).")
  Path file;

  @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
  String format;

  @Option(names = "--ablation", description = "Also measure UrduAnalyzer's parts one by one.")
  boolean ablation;

  @Option(
      names = "--merge-identical-sources",
      description = "Index identical source reports once (COUNTER has 10 such groups); off by"
          + " default, as the issue's baselines were measured.")
  boolean mergeIdentical;

  @Option(names = "--misses",
      description = "Also list the queries whose source urdu does not rank first.")
  boolean misses;

  @Option(names = "--bootstrap", defaultValue = "10000", description = "Bootstrap resamplings.")
  int samples;

  @Option(names = "--seed", defaultValue = "5", description = "Bootstrap seed (default 5).")
  long seed;

  @Option(names = "--reuse-pairs", defaultValue = "151-300",
      description = "Pairs on which reuse classification is scored (default: ${DEFAULT-VALUE}).")
  String reusePairs;

  @Option(names = "--reuse-train-pairs", defaultValue = "1-150",
      description = "Pairs the baseline's thresholds are fitted on (default: ${DEFAULT-VALUE}).")
  String reuseTrainPairs;

  @Option(names = "--min-headline-mrr", description = "Exit with 1 if urdu's headline MRR is below.")
  Double minHeadlineMrr;

  @Option(names = "--min-first50-mrr", description = "Exit with 1 if urdu's first-50 MRR is below.")
  Double minFirst50Mrr;

  private static final String BASELINE = "standard";

  @Override
  public Integer call() throws Exception {
    Path input = file != null ? file : data.require("news/counter.jsonl");
    List<CounterArticle> articles = CounterArticle.read(input);
    RetrievalEval eval = new RetrievalEval(articles, mergeIdentical);
    Map<String, Supplier<Analyzer>> analyzers = new LinkedHashMap<>(AnalyzerVariants.main());
    if (ablation) {
      analyzers.putAll(AnalyzerVariants.ablation());
    }
    Map<String, Map<QueryType, double[]>> ranks = new LinkedHashMap<>();
    for (Map.Entry<String, Supplier<Analyzer>> entry : analyzers.entrySet()) {
      try (Analyzer analyzer = entry.getValue().get()) {
        ranks.put(entry.getKey(), eval.reciprocalRanks(analyzer));
      }
    }
    int[] testRange = range(reusePairs);
    int[] trainRange = range(reuseTrainPairs);
    var pipeline = UrduPipeline.tokens();
    List<ReuseTrainer.Example> reuseTest = ReuseEvaluation.examples(
        CounterPairs.load(input, testRange[0], testRange[1]), pipeline);
    List<ReuseTrainer.Example> reuseTrain = ReuseEvaluation.examples(
        CounterPairs.load(input, trainRange[0], trainRange[1]), pipeline);
    List<ReuseEvaluation.Scores> reuse = List.of(
        ReuseEvaluation.score("khabar reuse model", ReuseClassifier.shipped(), reuseTest),
        ReuseEvaluation.ContainmentThresholds.fit(reuseTrain).score(reuseTest));
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      printJson(out, input, eval, ranks, reuse, reuseTest.size());
    } else {
      printText(out, input, eval, ranks);
      printReuse(out, reuse, reuseTest.size());
    }
    if (misses) {
      try (Analyzer urdu = AnalyzerVariants.main().get("urdu").get()) {
        eval.misses(urdu).forEach((type, lines) -> {
          out.println();
          out.println("urdu misses, query by " + type.label() + ":");
          lines.forEach(line -> out.println("  " + line));
        });
      }
    }
    Map<QueryType, double[]> urdu = ranks.get("urdu");
    boolean missed =
        (minHeadlineMrr != null && RetrievalEval.mean(urdu.get(QueryType.HEADLINE)) < minHeadlineMrr)
            || (minFirst50Mrr != null
                && RetrievalEval.mean(urdu.get(QueryType.FIRST_50_WORDS)) < minFirst50Mrr);
    if (missed) {
      spec.commandLine().getErr().println("khabar: urdu's MRR is below the required one");
      return ExitCodes.SOME_FAILED;
    }
    return ExitCodes.OK;
  }

  private PairedBootstrap.Interval versusBaseline(
      Map<String, Map<QueryType, double[]>> ranks, String name, QueryType type) {
    return PairedBootstrap.meanDifference(
        ranks.get(name).get(type), ranks.get(BASELINE).get(type), samples, 0.95, seed);
  }

  private void printText(PrintWriter out, Path input, RetrievalEval eval,
      Map<String, Map<QueryType, double[]>> ranks) {
    out.printf(Locale.ROOT, "COUNTER retrieval (%s): %d source reports indexed, %d WD/PD derived"
        + " articles ask for their source (BM25, SHOULD terms)%s%n", input, eval.sourceCount(),
        eval.queryCount(), mergeIdentical ? "; identical sources merged" : "");
    for (QueryType type : QueryType.values()) {
      out.println();
      out.printf(Locale.ROOT, "%-32s %7s %7s   %s%n", "query: " + type.label(), "MRR", "P@1",
          ablation ? String.format("%-31s  MRR - urdu [95%% CI]", "MRR - standard [95% CI]")
              : "MRR - standard [95% CI]");
      for (Map.Entry<String, Map<QueryType, double[]>> entry : ranks.entrySet()) {
        double[] rr = entry.getValue().get(type);
        PairedBootstrap.Interval ci = versusBaseline(ranks, entry.getKey(), type);
        String versusUrdu = "";
        if (ablation) {
          PairedBootstrap.Interval u = PairedBootstrap.meanDifference(
              rr, ranks.get("urdu").get(type), samples, 0.95, seed);
          versusUrdu = String.format(Locale.ROOT, "  %+.4f [%+.4f, %+.4f]%s", u.difference(),
              u.low(), u.high(), u.excludesZero() ? " *" : "");
        }
        String line = String.format(Locale.ROOT, "%-32s %7.4f %7.4f   %+.4f [%+.4f, %+.4f]%-2s%s",
            entry.getKey(), RetrievalEval.mean(rr), RetrievalEval.precisionAt1(rr),
            ci.difference(), ci.low(), ci.high(), ci.excludesZero() ? " *" : "", versusUrdu);
        out.println(line.stripTrailing());
      }
    }
    out.println();
    out.println("* the interval leaves out 0. COUNTER is the only data this was measured on.");
  }

  private void printReuse(PrintWriter out, List<ReuseEvaluation.Scores> reuse, int pairs) {
    out.println();
    out.printf(Locale.ROOT, "COUNTER reuse classification: %d pairs (%s); model fitted on pairs"
        + " 0001-0150 only%n", pairs, reusePairs);
    for (ReuseEvaluation.Scores scores : reuse) {
      out.printf(Locale.ROOT, "%-26s derived-vs-not accuracy %.3f   3-class macro-F1 %.3f%n",
          scores.name(), scores.derivedAccuracy(), scores.macroF1());
    }
    out.println("confusion of the khabar model (rows gold, columns predicted: WD PD ND):");
    for (ReuseClass gold : ReuseClass.values()) {
      int[] row = reuse.get(0).confusion()[gold.ordinal()];
      out.printf(Locale.ROOT, "  %s %4d %4d %4d%n", gold, row[0], row[1], row[2]);
    }
  }

  private void printJson(PrintWriter out, Path input, RetrievalEval eval,
      Map<String, Map<QueryType, double[]>> ranks, List<ReuseEvaluation.Scores> reuse,
      int pairs) throws Exception {
    Map<String, Object> retrieval = new LinkedHashMap<>();
    retrieval.put("sources", eval.sourceCount());
    retrieval.put("queries", eval.queryCount());
    retrieval.put("mergedIdenticalSources", mergeIdentical);
    retrieval.put("baseline", BASELINE);
    for (QueryType type : QueryType.values()) {
      Map<String, Object> byAnalyzer = new LinkedHashMap<>();
      for (Map.Entry<String, Map<QueryType, double[]>> entry : ranks.entrySet()) {
        double[] rr = entry.getValue().get(type);
        PairedBootstrap.Interval ci = versusBaseline(ranks, entry.getKey(), type);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("mrr", RetrievalEval.mean(rr));
        figures.put("p1", RetrievalEval.precisionAt1(rr));
        figures.put("mrrDifference", ci.difference());
        figures.put("ciLow", ci.low());
        figures.put("ciHigh", ci.high());
        byAnalyzer.put(entry.getKey(), figures);
      }
      retrieval.put(type.name().toLowerCase(Locale.ROOT), byAnalyzer);
    }
    Map<String, Object> classification = new LinkedHashMap<>();
    classification.put("pairs", reusePairs);
    classification.put("count", pairs);
    for (ReuseEvaluation.Scores scores : reuse) {
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("derivedAccuracy", scores.derivedAccuracy());
      figures.put("macroF1", scores.macroF1());
      figures.put("confusion", scores.confusion());
      classification.put(scores.name(), figures);
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("file", input.toString());
    json.put("retrieval", retrieval);
    json.put("reuse", classification);
    out.println(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(json));
  }

  static int[] range(String text) {
    String[] parts = text.split("-");
    if (parts.length != 2) {
      throw new IllegalArgumentException("a range of pairs is written 151-300, not " + text);
    }
    return new int[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())};
  }
}
