package org.khabar.app.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.khabar.UrduPipeline;
import org.khabar.app.bench.Contestant;
import org.khabar.app.bench.NewsCorpus;
import org.khabar.app.bench.SideBySide;
import org.khabar.pipeline.Pipeline;
import org.khabar.text.Document;
import org.khabar.tokenize.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code khabar bench ner}: the full pipeline up to entities, beside the tokens-only one. */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    header = "Tokens per second of the full pipeline (up to entities and values).",
    description = {
      "Reads the bodies of news/counter.jsonl and news/xlsum-ur.jsonl, repeats them to at",
      "least --megabytes of UTF-8, and runs the full pipeline (normalize, tokens, sentences,",
      "entities and values) and, as the baseline, the tokens-only pipeline (normalize, tokens,",
      "sentences) over them on one thread, in interleaved rounds after a warm-up. Reports",
      "the median tokens per second of each and their ratio."
    })
final class BenchNerCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  @Option(names = "--megabytes", defaultValue = "10", description = "Input size (default 10).")
  int megabytes;

  @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds (default 3).")
  int rounds;

  @Option(names = "--warmup", defaultValue = "1", description = "Warm-up rounds (default 1).")
  int warmup;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    NewsCorpus.Input input = NewsCorpus.repeatedBodies(data.newsFiles(), megabytes, out);
    List<Contestant> contestants =
        List.of(
            new PipelineContestant("full (+ entities and values)", UrduPipeline.full()),
            new PipelineContestant("tokens (normalize+tokens+sentences)", UrduPipeline.tokens()));
    List<SideBySide.Score> scores =
        new SideBySide(contestants, warmup, rounds).run(input.documents(), input.bytes(), out);
    out.println();
    out.printf(Locale.ROOT, "%-38s %12s %8s%n", "median of " + rounds + " rounds, one thread",
        "tokens/s", "MB/s");
    double[] speeds = new double[scores.size()];
    for (int k = 0; k < scores.size(); k++) {
      SideBySide.Score score = scores.get(k);
      speeds[k] = score.count() / median(score.roundSeconds());
      out.printf(Locale.ROOT, "%-38s %12.0f %8.2f%n", score.name(), speeds[k],
          score.mbPerSecond());
    }
    out.printf(Locale.ROOT, "full / tokens-only = %.3f%n", speeds[0] / speeds[1]);
    return ExitCodes.OK;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** A pipeline over every document, counting its tokens. */
  private record PipelineContestant(String name, Pipeline pipeline) implements Contestant {

    @Override
    public long run(List<String> documents) {
      long tokens = 0;
      for (String text : documents) {
        tokens += pipeline.apply(Document.of("bench", text)).get(Token.LAYER).size();
      }
      return tokens;
    }
  }
}
