package org.khabar.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khabar.UrduPipeline;
import org.khabar.app.eval.QuoteScore;
import org.khabar.pipeline.Pipeline;
import org.khabar.text.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code khabar eval quotes}: statements and speakers against hand-annotated reports. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    header = "Score statements (quotes and reported speech) and their speakers.",
    description = {
      "Reads annotated reports (JSON Lines: id, split, text, statements with start, end, type",
      "and speaker), analyses each text and reports, per split, precision, recall and F1 of",
      "statements (matched by span overlap), type agreement and speaker accuracy on the",
      "matched ones. --errors lists the mistakes on the dev split only: the test split's",
      "errors are not for reading."
    })
final class EvalQuotesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--gold",
      paramLabel = "FILE.jsonl",
      defaultValue = "khabar-app/src/test/resources/quotes/annotated.jsonl",
      description = "Annotated reports (default: ${DEFAULT-VALUE}).")
  Path gold;

  @Option(names = "--errors", description = "List the errors on the dev split.")
  boolean errors;

  @Option(names = "--min-f1", description = "Exit with 1 if statement F1 (in %%) of a split is below this.")
  Double minF1;

  @Option(names = "--min-speaker", description = "Exit with 1 if speaker accuracy (in %%) of a split is below this.")
  Double minSpeaker;

  @Override
  public Integer call() throws IOException {
    Path file = Home.resolve(gold);
    List<QuoteScore.Report> reports = QuoteScore.read(file);
    Pipeline pipeline = UrduPipeline.full();
    Map<String, QuoteScore.Counts> bySplit = new LinkedHashMap<>();
    QuoteScore.Counts all = new QuoteScore.Counts();
    for (QuoteScore.Report report : reports) {
      Document document = pipeline.apply(Document.of(report.id(), report.text()));
      QuoteScore.score(report, document, bySplit.computeIfAbsent(report.split(), s -> new QuoteScore.Counts()));
      QuoteScore.score(report, document, all);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("gold: %s%n", file);
    out.printf("%-6s %7s %5s %6s %7s  %6s %6s %6s  %6s %7s%n",
        "split", "reports", "gold", "system", "matched", "P", "R", "F1", "type", "speaker");
    boolean missed = false;
    for (Map.Entry<String, QuoteScore.Counts> e : bySplit.entrySet()) {
      print(out, e.getKey(), e.getValue());
      missed |= below(e.getValue());
    }
    print(out, "all", all);
    if (errors) {
      QuoteScore.Counts dev = bySplit.get("dev");
      if (dev != null) {
        out.println();
        for (QuoteScore.Error error : dev.errors) {
          out.printf("%s\t%s\t%s%n", error.report(), error.kind(), error.detail());
        }
      }
    }
    if (missed) {
      spec.commandLine().getErr().println("khabar: below the required figures");
      return ExitCodes.SOME_FAILED;
    }
    return ExitCodes.OK;
  }

  private boolean below(QuoteScore.Counts c) {
    return (minF1 != null && 100 * c.f1() < minF1)
        || (minSpeaker != null && 100 * c.speakerAccuracy() < minSpeaker);
  }

  private static void print(PrintWriter out, String split, QuoteScore.Counts c) {
    out.printf(Locale.ROOT, "%-6s %7d %5d %6d %7d  %6.2f %6.2f %6.2f  %6.2f %7.2f%n", split,
        c.reports, c.gold, c.system, c.matched, 100 * c.precision(), 100 * c.recall(),
        100 * c.f1(), 100 * c.typeAccuracy(), 100 * c.speakerAccuracy());
  }
}
