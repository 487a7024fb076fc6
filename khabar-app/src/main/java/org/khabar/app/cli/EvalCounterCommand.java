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
import org.khabar.app.eval.AnalyzerVariants;
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
 * {@link RetrievalEval}). Section two, the WD/PD/ND reuse classification, is not built yet: it
 * goes in {@link #call()} after the retrieval section, with its own key in the JSON output.
 */
@Command(
    name = "counter",
    mixinStandardHelpOptions = true,
    header = "Measure on COUNTER: finding a reused report's source, per analyzer.",
    description = {
      "Indexes COUNTER's source reports with each analyzer and asks for each WD/PD derived",
      "article's source by its headline and by its first 50 words (BM25, SHOULD terms).",
      "Reports MRR and P@1 per analyzer and query type, and a paired bootstrap 95% interval",
      "of each analyzer's MRR difference from StandardAnalyzer."
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

  @Option(names = "--bootstrap", defaultValue = "10000", description = "Bootstrap resamplings.")
  int samples;

  @Option(names = "--seed", defaultValue = "5", description = "Bootstrap seed (default 5).")
  long seed;

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
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      printJson(out, input, eval, ranks);
    } else {
      printText(out, input, eval, ranks);
    }
    // The WD/PD/ND reuse classification section goes here.
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

  private void printJson(PrintWriter out, Path input, RetrievalEval eval,
      Map<String, Map<QueryType, double[]>> ranks) {
    StringBuilder json = new StringBuilder();
    json.append(String.format(Locale.ROOT, "{\"file\":\"%s\",\"retrieval\":{\"sources\":%d,"
        + "\"queries\":%d,\"mergedIdenticalSources\":%b,\"baseline\":\"%s\"", input.toString().replace("\\", "\\\\")
        .replace("\"", "\\\""), eval.sourceCount(), eval.queryCount(), mergeIdentical, BASELINE));
    for (QueryType type : QueryType.values()) {
      json.append(",\"").append(type.name().toLowerCase(Locale.ROOT)).append("\":{");
      boolean first = true;
      for (Map.Entry<String, Map<QueryType, double[]>> entry : ranks.entrySet()) {
        double[] rr = entry.getValue().get(type);
        PairedBootstrap.Interval ci = versusBaseline(ranks, entry.getKey(), type);
        json.append(first ? "" : ",");
        json.append(String.format(Locale.ROOT, "\"%s\":{\"mrr\":%.4f,\"p1\":%.4f,"
            + "\"mrrDifference\":%.4f,\"ciLow\":%.4f,\"ciHigh\":%.4f}", entry.getKey(),
            RetrievalEval.mean(rr), RetrievalEval.precisionAt1(rr), ci.difference(), ci.low(),
            ci.high()));
        first = false;
      }
      json.append('}');
    }
    json.append("}}");
    out.println(json);
  }
}
