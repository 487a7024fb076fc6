package org.khabar.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.khabar.UrduPipeline;
import org.khabar.app.bench.Contestant;
import org.khabar.app.bench.LuceneTokenizerContestant;
import org.khabar.app.bench.NewsCorpus;
import org.khabar.app.bench.SideBySide;
import org.khabar.pipeline.Pipeline;
import org.khabar.sentence.Sentence;
import org.khabar.text.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code khabar bench tokenize}: normalize + tokenize + split, against Lucene's tokenizers. */
@Command(
    name = "tokenize",
    mixinStandardHelpOptions = true,
    header = "Speed of normalization, tokens and sentences, beside Lucene's tokenizers.",
    description = {
      "Reads the bodies of news/counter.jsonl and news/xlsum-ur.jsonl, repeats them to at",
      "least --megabytes of UTF-8, and runs Khabar (normalize, tokenize, split sentences),",
      "Lucene's ICUTokenizer and StandardTokenizer over them on one thread, in interleaved",
      "rounds after a warm-up. Reports the median MB/s of each and Khabar's ratio to each."
    })
final class BenchTokenizeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  @Option(names = "--megabytes", defaultValue = "50", description = "Input size (default 50).")
  int megabytes;

  @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds (default 3).")
  int rounds;

  @Option(names = "--warmup", defaultValue = "1", description = "Warm-up rounds (default 1).")
  int warmup;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    NewsCorpus.Input input = NewsCorpus.repeatedBodies(data.newsFiles(), megabytes, out);
    Pipeline pipeline = UrduPipeline.tokens();
    Contestant khabar =
        new Contestant() {
          @Override
          public String name() {
            return "khabar (normalize+tokens+sentences)";
          }

          @Override
          public long run(List<String> docs) {
            long count = 0;
            for (String text : docs) {
              Document document = pipeline.apply(Document.of("bench", text));
              count += document.get(Sentence.LAYER).size();
            }
            return count;
          }
        };
    List<Contestant> contestants =
        List.of(
            khabar,
            new LuceneTokenizerContestant("lucene ICUTokenizer", ICUTokenizer::new),
            new LuceneTokenizerContestant("lucene StandardTokenizer", StandardTokenizer::new));
    List<SideBySide.Score> scores = new SideBySide(contestants, warmup, rounds)
        .run(input.documents(), input.bytes(), out);
    out.println();
    out.printf(Locale.ROOT, "%-38s %10s%n", "median of " + rounds + " rounds, one thread", "MB/s");
    for (SideBySide.Score score : scores) {
      out.printf(Locale.ROOT, "%-38s %10.2f%n", score.name(), score.mbPerSecond());
    }
    double khabarSpeed = scores.get(0).mbPerSecond();
    out.printf(Locale.ROOT, "khabar / ICUTokenizer      = %.2fx%n",
        khabarSpeed / scores.get(1).mbPerSecond());
    out.printf(Locale.ROOT, "khabar / StandardTokenizer = %.2fx%n",
        khabarSpeed / scores.get(2).mbPerSecond());
    return ExitCodes.OK;
  }
}
