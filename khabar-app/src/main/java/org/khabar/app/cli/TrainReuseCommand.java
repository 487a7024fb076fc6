package org.khabar.app.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import picocli.CommandLine.Spec;

/** {@code khabar train reuse}: fits the reuse classifier on COUNTER pairs 0001-0150. */
@Command(
    name = "reuse",
    mixinStandardHelpOptions = true,
    header = "Fit the text-reuse classifier (WD/PD/ND) on COUNTER pairs 0001-0150.",
    description = {
      "Chooses the regularization by 10-fold cross-validation on the training pairs only,",
      "fits on all of them, and writes khabar-core's reuse model. Pairs 0151-0300 are never",
      "read: they are the evaluation pairs of 'khabar eval counter'."
    })
final class TrainReuseCommand implements Callable<Integer> {

  static final double[] L2_CHOICES = {0.0001, 0.001, 0.01, 0.03, 0.1, 0.3, 1};
  static final int ITERATIONS = 3000;
  static final double LEARNING_RATE = 0.5;

  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  @Option(names = "--out", paramLabel = "FILE",
      defaultValue = "khabar-core/src/main/resources/org/khabar/reuse/model.txt",
      description = "Where to write the model (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws Exception {
    PrintWriter console = spec.commandLine().getOut();
    List<CounterPairs.Pair> pairs = CounterPairs.load(data.require("news/counter.jsonl"), 1, 150);
    List<ReuseTrainer.Example> examples = ReuseEvaluation.examples(pairs, UrduPipeline.tokens());
    double bestL2 = L2_CHOICES[0];
    boolean bestBalanced = false;
    double bestScore = -1;
    for (boolean balanced : new boolean[] {false, true}) {
      for (double l2 : L2_CHOICES) {
        ReuseEvaluation.Scores scores = crossValidate(examples, l2, balanced, 10);
        double score = (scores.macroF1() + scores.derivedAccuracy()) / 2;
        console.printf(Locale.ROOT, "l2 %-7s %-10s 10-fold on pairs 0001-0150: derived-vs-not"
                + " %.3f, macro-F1 %.3f%n", l2, balanced ? "balanced" : "unbalanced",
            scores.derivedAccuracy(), scores.macroF1());
        if (score > bestScore) {
          bestScore = score;
          bestL2 = l2;
          bestBalanced = balanced;
        }
      }
    }
    ReuseClassifier model = new ReuseTrainer(bestL2, ITERATIONS, LEARNING_RATE, bestBalanced)
        .fit(examples);
    Path file = Home.resolve(out);
    Files.createDirectories(file.getParent());
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      model.write(writer);
    }
    console.printf(Locale.ROOT, "chose l2 %s, %s; fitted on %d pairs; wrote %s%n", bestL2,
        bestBalanced ? "balanced" : "unbalanced", examples.size(), file);
    return ExitCodes.OK;
  }

  /** The scores of {@code folds}-fold cross-validation, folds dealt in order. */
  static ReuseEvaluation.Scores crossValidate(List<ReuseTrainer.Example> examples, double l2,
      boolean balanced, int folds) {
    List<ReuseTrainer.Example> ordered = new ArrayList<>();
    List<ReuseClass> predicted = new ArrayList<>();
    for (int fold = 0; fold < folds; fold++) {
      List<ReuseTrainer.Example> train = new ArrayList<>();
      List<ReuseTrainer.Example> test = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        (i % folds == fold ? test : train).add(examples.get(i));
      }
      ReuseClassifier model = new ReuseTrainer(l2, ITERATIONS, LEARNING_RATE, balanced)
          .fit(train);
      for (ReuseTrainer.Example example : test) {
        ordered.add(example);
        predicted.add(model.classify(example.features()).reuse());
      }
    }
    return ReuseEvaluation.scores("cross-validation", ordered, predicted);
  }
}
