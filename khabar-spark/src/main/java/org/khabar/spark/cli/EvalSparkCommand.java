package org.khabar.spark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.khabar.UrduPipeline;
import org.khabar.io.Report;
import org.khabar.spark.eval.AnalysisRows;
import org.khabar.spark.eval.AnalyzeCommandCheck;
import org.khabar.spark.eval.CounterRecall;
import org.khabar.spark.eval.ExpectedAnalysis;
import org.khabar.spark.eval.JobOutput;
import org.khabar.spark.eval.JsonLinesReports;
import org.khabar.spark.eval.RowDiff;
import org.khabar.spark.eval.SyntheticCorpus;
import org.khabar.spark.eval.SyntheticCorpus.Written;
import org.khabar.spark.job.JobSettings;
import org.khabar.spark.job.JobSummary;
import org.khabar.spark.job.KhabarSparkJob;
import org.khabar.spark.rows.RejectRow;
import org.khabar.spark.rows.RelatedRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code khabar eval spark}: runs the Spark job in local mode on the news of {@code
 * ../shared/data/news} and a synthesized larger set with malformed lines, and fails loudly on any
 * difference between its tables and what {@code khabar analyze} prints for the same reports; then
 * scores its related pairs on COUNTER.
 */
@Command(
    name = "spark",
    mixinStandardHelpOptions = true,
    header = "Check the Spark job's tables against khabar analyze; related-story recall on COUNTER.",
    description = {
      "Runs spark-analyze on news/counter.jsonl, news/xlsum-ur.jsonl and a synthesized",
      "set of reports with malformed lines mixed in, then checks that:",
      "- every report's rows in reports, mentions and statements equal the rows read",
      "  from khabar analyze's JSON for it (same spans, labels, values, speakers), and",
      "  khabar.jar's analyze command itself prints that JSON for a sample;",
      "- every malformed line, and nothing else, is in rejects with its offset and reason;",
      "- related finds the COUNTER source of WD/PD derived reports (recall by pair range)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no difference, targets met", "1:a difference, or a target missed"})
final class EvalSparkCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DataFolder data;

  @Mixin LshOptions lsh;

  @Option(names = "--synthesized", defaultValue = "10000",
      description = "Synthesized reports (default: ${DEFAULT-VALUE}).")
  int synthesized;

  @Option(names = "--bad-every", defaultValue = "250",
      description = "A malformed line after every N synthesized reports (default: ${DEFAULT-VALUE}).")
  int badEvery;

  @Option(names = "--master", defaultValue = "local[2]",
      description = "Spark master (default: ${DEFAULT-VALUE}).")
  String master;

  @Option(names = "--cli-sample", defaultValue = "10",
      description = "Reports per date group checked against the real khabar analyze command"
          + " (three groups; 0: skip) (default: ${DEFAULT-VALUE}).")
  int cliSample;

  @Option(names = "--khabar-jar", paramLabel = "JAR",
      description = "khabar.jar for the check (default: $KHABAR_HOME/khabar-app/target/khabar.jar).")
  Path khabarJar;

  @Option(names = "--min-recall", defaultValue = "0",
      description = "Least report recall of related on COUNTER pairs 0151-0300 (default: none).")
  double minRecall;

  @Option(names = "--work", paramLabel = "DIR",
      description = "Keep the input and the tables in DIR (default: a temporary folder).")
  Path work;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Written> counter = JsonLinesReports.read(data.require("news/counter.jsonl"));
    List<Written> xlsum = JsonLinesReports.read(data.require("news/xlsum-ur.jsonl"));
    List<Written> news = new ArrayList<>(counter);
    news.addAll(xlsum);
    int failures = 0;
    try (WorkFolder folder = WorkFolder.create(work, "khabar-eval-spark")) {
      Path synthetic = folder.path().resolve("synthetic.jsonl");
      SyntheticCorpus.Corpus corpus = new SyntheticCorpus(JsonLinesReports.reports(news))
          .write(synthetic, synthesized, badEvery, 20161225L);
      out.printf(Locale.ROOT, "input: %d news reports (COUNTER %d, XL-Sum %d) and %d synthesized"
              + " reports with %d malformed lines%n", news.size(), counter.size(), xlsum.size(),
          corpus.reports().size(), corpus.badLines().size());

      String input = String.join(",", data.require("news/counter.jsonl").toAbsolutePath()
          .toString(), data.require("news/xlsum-ur.jsonl").toAbsolutePath().toString(),
          synthetic.toAbsolutePath().toString());
      String tables = folder.path().resolve("tables").toString();
      SparkSession spark = LocalSpark.session("khabar eval spark", master);
      try {
        JobSummary summary = new KhabarSparkJob(spark).run(
            JobSettings.of(input, tables).withOverwrite(true).withLsh(lsh.settings()));
        out.println("spark-analyze (" + master + "): " + summary);
        JobOutput output = new JobOutput(spark, tables);

        List<Written> all = new ArrayList<>(news);
        all.addAll(corpus.reports());
        failures += checkRows(all, output, out);
        failures += checkRejects(corpus, output.rejects(), out);
        failures += checkAnalyzeCommand(all, folder.path(), out);
        failures += checkRecall(counter, output.related(), out);
      } finally {
        spark.stop();
      }
    }
    out.println(failures == 0 ? "eval spark: no difference, every target met"
        : "eval spark: FAILED (" + failures + " checks)");
    return failures == 0 ? ExitCodes.OK : ExitCodes.FAILED;
  }

  /** The rows of every report against those from khabar analyze's JSON; 1 if any differs. */
  private int checkRows(List<Written> reports, JobOutput output, PrintWriter out) {
    ExpectedAnalysis analyze = new ExpectedAnalysis(UrduPipeline.full());
    Map<String, AnalysisRows> expected = new ConcurrentHashMap<>();
    reports.parallelStream().forEach(w ->
        expected.put(w.report().id(), analyze.rows(w.report(), w.warning())));
    Map<String, AnalysisRows> written = output.analyses();
    List<String> differences = RowDiff.between(expected, written);
    long mentions = expected.values().stream().mapToLong(a -> a.mentions().size()).sum();
    long statements = expected.values().stream().mapToLong(a -> a.statements().size()).sum();
    out.printf(Locale.ROOT, "rows: %d reports, %d mentions, %d statements compared with khabar"
        + " analyze's JSON: %d differences%n", expected.size(), mentions, statements,
        differences.size());
    differences.stream().limit(20).forEach(d -> out.println("  DIFFERENCE " + d));
    return differences.isEmpty() ? 0 : 1;
  }

  /** Exactly the malformed lines in rejects, each with its reason; 1 if not. */
  private static int checkRejects(SyntheticCorpus.Corpus corpus, List<RejectRow> rejects,
      PrintWriter out) {
    Map<Long, String> expected = new LinkedHashMap<>();
    corpus.badLines().forEach(bad -> expected.put(bad.offset(), bad.reason()));
    List<String> problems = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (RejectRow reject : rejects) {
      String reason = reject.getFile().endsWith("synthetic.jsonl")
          ? expected.get(reject.getOffset()) : null;
      if (reason == null) {
        problems.add("unexpected reject " + reject.getFile() + "@" + reject.getOffset() + ": "
            + reject.getReason());
      } else if (!reject.getReason().contains(reason)) {
        problems.add("reject @" + reject.getOffset() + " says \"" + reject.getReason()
            + "\", not \"" + reason + "\"");
      }
      seen.add(reject.getOffset());
    }
    expected.keySet().stream().filter(offset -> !seen.contains(offset))
        .forEach(offset -> problems.add("malformed line @" + offset + " is not in rejects"));
    out.printf(Locale.ROOT, "rejects: %d malformed lines, %d rejects: %d problems%n",
        expected.size(), rejects.size(), problems.size());
    problems.stream().limit(20).forEach(p -> out.println("  PROBLEM " + p));
    return problems.isEmpty() ? 0 : 1;
  }

  /** The real khabar analyze against the in-process expectation on a sample; 1 if it differs. */
  private int checkAnalyzeCommand(List<Written> reports, Path folder, PrintWriter out)
      throws Exception {
    if (cliSample == 0) {
      out.println("khabar analyze: not checked (--cli-sample 0)");
      return 0;
    }
    Path jar = khabarJar;
    if (jar == null) {
      String home = System.getenv("KHABAR_HOME");
      jar = Path.of(home == null ? "." : home, "khabar-app", "target", "khabar.jar");
    }
    if (!jar.toFile().isFile()) {
      out.println("khabar analyze: FAILED: " + jar + " is missing (run ./khabar once to build it,"
          + " or give --khabar-jar)");
      return 1;
    }
    List<Report> sample = sample(reports);
    List<String> differences = new AnalyzeCommandCheck(jar, new ExpectedAnalysis(
        UrduPipeline.full())).differences(sample, folder.resolve("analyze-check"));
    out.printf(Locale.ROOT, "khabar analyze: %d reports in %d runs of %s: %d differences from the"
        + " JSON the rows were checked against%n", sample.size(),
        sample.stream().map(Report::date).distinct().count(), jar.getFileName(),
        differences.size());
    differences.stream().limit(20).forEach(d -> out.println("  DIFFERENCE " + d));
    return differences.isEmpty() ? 0 : 1;
  }

  /** Up to --cli-sample reports of each of three dates: none, and the two commonest. */
  private List<Report> sample(List<Written> reports) {
    Map<LocalDate, List<Report>> byDate = new LinkedHashMap<>();
    for (Written w : reports) {
      byDate.computeIfAbsent(w.report().date(), d -> new ArrayList<>()).add(w.report());
    }
    List<LocalDate> commonest = byDate.entrySet().stream()
        .filter(e -> e.getKey() != null)
        .sorted(Comparator.comparingInt((Map.Entry<LocalDate, List<Report>> e) ->
            -e.getValue().size()).thenComparing(Map.Entry::getKey))
        .limit(2).map(Map.Entry::getKey).toList();
    List<Report> sample = new ArrayList<>();
    List<LocalDate> dates = new ArrayList<>(commonest);
    dates.add(0, null);
    for (LocalDate date : dates) {
      List<Report> group = byDate.getOrDefault(date, List.of());
      sample.addAll(group.subList(0, Math.min(cliSample, group.size())));
    }
    return sample;
  }

  /** Report recall of related on COUNTER; 1 if below --min-recall on pairs 0151-0300. */
  private int checkRecall(List<Written> counter, List<RelatedRow> related, PrintWriter out) {
    List<CounterRecall.Pair> pairs = CounterRecall.pairs(JsonLinesReports.reports(counter));
    Set<String> ids = counter.stream().map(w -> w.report().id()).collect(Collectors.toSet());
    Set<String> keys = CounterRecall.keysAmong(related.stream()
        .map(r -> new String[] {r.getReportId(), r.getRelatedId()}).toList(), ids);
    CounterRecall recall = new CounterRecall(pairs);
    CounterRecall.Recall tuning = recall.over(1, 150, keys);
    CounterRecall.Recall test = recall.over(151, 300, keys);
    CounterRecall.Recall everything = recall.over(1, 300, keys);
    out.println("related (" + lsh.settings() + "): " + related.size() + " pairs in all; "
        + keys.size() + String.format(Locale.ROOT, " among COUNTER's reports (%.1f related"
        + " COUNTER reports per COUNTER report)", 2.0 * keys.size() / ids.size()));
    out.println("  " + tuning + "  [tuning pairs]");
    out.println("  " + test + "  [held out]");
    out.println("  " + everything);
    if (test.value() < minRecall) {
      out.printf(Locale.ROOT, "  FAILED: recall %.3f on 0151-0300 is below --min-recall %.3f%n",
          test.value(), minRecall);
      return 1;
    }
    return 0;
  }
}
