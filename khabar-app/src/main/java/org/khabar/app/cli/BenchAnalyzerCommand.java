package org.khabar.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.khabar.app.bench.AnalyzerContestant;
import org.khabar.app.bench.Contestant;
import org.khabar.app.bench.NewsCorpus;
import org.khabar.app.bench.SideBySide;
import org.khabar.app.eval.AnalyzerVariants;
import org.khabar.lucene.UrduAnalyzer;
import org.khabar.lucene.UrduTokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code khabar bench analyzer}: UrduAnalyzer's speed beside Lucene's analyzers. */
@Command(
    name = "analyzer",
    mixinStandardHelpOptions = true,
    header = "Speed of UrduAnalyzer, beside StandardAnalyzer and ICU's tokenizer and folding.",
    description = {
      "Reads the bodies of news/counter.jsonl and news/xlsum-ur.jsonl, repeats them to at",
      "least --megabytes of UTF-8, and runs each analyzer's token stream over them (reused",
      "from one document to the next, as an indexer does) on one thread, in interleaved",
      "rounds after a warm-up. Reports the median MB per CPU-second and per second of each."
    })
final class BenchAnalyzerCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  @Option(names = "--megabytes", defaultValue = "30", description = "Input size (default 30).")
  int megabytes;

  @Option(names = "--rounds", defaultValue = "5", description = "Measured rounds (default 5).")
  int rounds;

  @Option(names = "--warmup", defaultValue = "2", description = "Warm-up rounds (default 2).")
  int warmup;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    NewsCorpus.Input input = NewsCorpus.repeatedBodies(data.newsFiles(), megabytes, out);
    List<Contestant> contestants =
        List.of(
            new AnalyzerContestant("UrduAnalyzer", UrduAnalyzer::new),
            new AnalyzerContestant("UrduTokenizer alone",
                () -> AnalyzerVariants.chain(UrduTokenizer::new)),
            new AnalyzerContestant("StandardAnalyzer", StandardAnalyzer::new),
            new AnalyzerContestant("ICUTokenizer+ICUFoldingFilter", AnalyzerVariants::icu),
            new AnalyzerContestant("ICUTokenizer alone",
                () -> AnalyzerVariants.chain(ICUTokenizer::new)),
            new AnalyzerContestant("PersianAnalyzer", PersianAnalyzer::new));
    List<SideBySide.Score> scores =
        new SideBySide(contestants, warmup, rounds).run(input.documents(), input.bytes(), out);
    out.println();
    out.printf(Locale.ROOT, "%-32s %12s %10s %10s%n", "median of " + rounds + ", one thread",
        "MB/CPU-s", "MB/s", "tokens");
    for (SideBySide.Score score : scores) {
      out.printf(Locale.ROOT, "%-32s %12.2f %10.2f %10d%n", score.name(), score.mbPerCpuSecond(),
          score.mbPerSecond(), score.count());
    }
    double urdu = scores.get(0).mbPerCpuSecond();
    out.printf(Locale.ROOT, "UrduAnalyzer / ICU (tokenizer+folding) = %.2fx (CPU time)%n",
        urdu / scores.get(3).mbPerCpuSecond());
    out.printf(Locale.ROOT, "UrduAnalyzer / StandardAnalyzer        = %.2fx (CPU time)%n",
        urdu / scores.get(2).mbPerCpuSecond());
    return ExitCodes.OK;
  }
}
