package org.khabar.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.khabar.UrduPipeline;
import org.khabar.app.eval.CounterPairs;
import org.khabar.app.eval.ReuseEvaluation;
import org.khabar.reuse.ReuseClass;
import org.khabar.reuse.ReuseClassifier;
import org.khabar.reuse.ReuseTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code khabar eval reuse}: the shipped reuse classifier on COUNTER pairs 0151-0300. */
@Command(
    name = "reuse",
    mixinStandardHelpOptions = true,
    header = "Score the shipped text-reuse classifier (WD/PD/ND) on COUNTER-format pairs.",
    description = {
      "Applies the shipped model (it is not refitted) to the pairs in --pairs, and the stock",
      "baseline, word 3-gram containment with thresholds fitted on --train-pairs, beside it."
    })
final class EvalReuseCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  @Parameters(arity = "0..1", paramLabel = "FILE.jsonl",
      description = "COUNTER-format pairs (default: news/counter.jsonl in the data folder).")
  Path file;

  @Option(names = "--pairs", defaultValue = "151-300",
      description = "The pairs to score (default: ${DEFAULT-VALUE}).")
  String pairs;

  @Option(names = "--train-pairs", defaultValue = "1-150",
      description = "The pairs the baseline's thresholds are fitted on (default: ${DEFAULT-VALUE}).")
  String trainPairs;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path input = file != null ? file : data.require("news/counter.jsonl");
    int[] range = range(pairs);
    int[] trainRange = range(trainPairs);
    var pipeline = UrduPipeline.tokens();
    List<ReuseTrainer.Example> test = ReuseEvaluation.examples(
        CounterPairs.load(input, range[0], range[1]), pipeline);
    List<ReuseTrainer.Example> train = ReuseEvaluation.examples(
        CounterPairs.load(input, trainRange[0], trainRange[1]), pipeline);
    var khabar = ReuseEvaluation.score("khabar reuse model", ReuseClassifier.shipped(), test);
    var baseline = ReuseEvaluation.ContainmentThresholds.fit(train).score(test);
    out.printf(Locale.ROOT, "%d pairs (%s) of %s%n", test.size(), pairs, input);
    for (var scores : List.of(khabar, baseline)) {
      out.printf(Locale.ROOT, "%-26s derived-vs-not accuracy %.3f   3-class macro-F1 %.3f%n",
          scores.name(), scores.derivedAccuracy(), scores.macroF1());
    }
    out.println("confusion of the khabar model (rows gold, columns predicted: WD PD ND):");
    for (ReuseClass gold : ReuseClass.values()) {
      int[] row = khabar.confusion()[gold.ordinal()];
      out.printf(Locale.ROOT, "  %s %4d %4d %4d%n", gold, row[0], row[1], row[2]);
    }
    return ExitCodes.OK;
  }

  private static int[] range(String text) {
    String[] parts = text.split("-");
    if (parts.length != 2) {
      throw new IllegalArgumentException("a range of pairs is written 151-300, not " + text);
    }
    return new int[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())};
  }
}
