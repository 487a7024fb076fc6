package org.khabar.spark.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.khabar.spark.bench.Projection;
import org.khabar.spark.bench.RunResult;
import org.khabar.spark.eval.JsonLinesReports;
import org.khabar.spark.eval.SyntheticCorpus;
import org.khabar.spark.eval.SyntheticCorpus.Written;
import org.khabar.spark.related.LshSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code khabar bench spark}: reports per second of the whole job with {@code local[1]} and
 * {@code local[2]} on the same synthesized input, each in a fresh JVM with the same heap, the
 * peak memory of each, and a projection of time and cost for a million reports on a cluster.
 */
@Command(
    name = "spark",
    mixinStandardHelpOptions = true,
    header = "Speed and memory of the Spark job on 1 and 2 cores; a projection for a cluster.",
    description = {
      "Synthesizes --reports reports from news/counter.jsonl and news/xlsum-ur.jsonl",
      "and runs the whole job (read, analyse, write every table, related stories) on",
      "each of --masters, each in a JVM of its own with --heap, after a warm-up run on",
      "--warmup reports. Prints reports per second, the scaling ratio, peak memory, and",
      "the projected time and cost of --project reports on --executors executors of",
      "--cores cores at --price per executor-hour."
    })
final class BenchSparkCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DataFolder data;

  @Option(names = "--reports", defaultValue = "20000",
      description = "Reports in the timed run (default: ${DEFAULT-VALUE}).")
  int reports;

  @Option(names = "--warmup", defaultValue = "2000",
      description = "Reports in the warm-up run (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--masters", split = ",", defaultValue = "local[1],local[2]",
      description = "Masters to compare (default: ${DEFAULT-VALUE}).")
  List<String> masters;

  @Option(names = "--heap", defaultValue = "2g",
      description = "Heap of each run's JVM (default: ${DEFAULT-VALUE}).")
  String heap;

  @Option(names = "--window-days", defaultValue = "7",
      description = "Date window of related stories, days; 0 for none (default: ${DEFAULT-VALUE},"
          + " as for a large corpus).")
  int windowDays;

  @Option(names = "--project", defaultValue = "1000000",
      description = "Reports to project time and cost for (default: ${DEFAULT-VALUE}).")
  long project;

  @Option(names = "--executors", split = ",", defaultValue = "5,10,25",
      description = "Executors to project for (default: ${DEFAULT-VALUE}).")
  List<Integer> executors;

  @Option(names = "--cores", defaultValue = "4",
      description = "Cores per executor (default: ${DEFAULT-VALUE}).")
  int cores;

  @Option(names = "--price", defaultValue = "0.25",
      description = "Price of one executor-hour in dollars (default: ${DEFAULT-VALUE}).")
  double price;

  @Option(names = "--overhead", defaultValue = "120",
      description = "Seconds to start the executors and commit the tables (default: ${DEFAULT-VALUE}).")
  double overhead;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Written> news = new ArrayList<>(JsonLinesReports.read(
        data.require("news/counter.jsonl")));
    news.addAll(JsonLinesReports.read(data.require("news/xlsum-ur.jsonl")));
    SyntheticCorpus maker = new SyntheticCorpus(JsonLinesReports.reports(news));
    try (WorkFolder folder = WorkFolder.create(null, "khabar-bench-spark")) {
      Path warm = folder.path().resolve("warmup.jsonl");
      Path timed = folder.path().resolve("reports.jsonl");
      maker.write(warm, warmup, 0, 1L);
      SyntheticCorpus.Corpus corpus = maker.write(timed, reports, 0, 2L);
      double chars = corpus.reports().stream()
          .mapToInt(w -> w.report().body().length()).average().orElse(0);
      out.printf(Locale.ROOT, "input: %d synthesized reports of %.0f characters on average"
          + " (warm-up: %d); heap %s per run; machine: %d cores; related: %s%n", reports, chars,
          warmup, heap, Runtime.getRuntime().availableProcessors(),
          LshSettings.DEFAULT.withWindowDays(windowDays));
      out.printf(Locale.ROOT, "load average at start: %.1f%n",
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      out.println("master       seconds  reports/s  analysis s  reports/s  CPU-s  reports/CPU-s"
          + "  heap peak  live heap  resident");
      List<RunResult> results = new ArrayList<>();
      for (String master : masters) {
        RunResult result = runInNewJvm(master, warm, timed, folder.path().resolve("out"));
        results.add(result);
        out.printf(Locale.ROOT, "%-10s %9.1f %10.1f %11.1f %10.1f %6.1f %14.1f %7d MB %6d MB"
            + " %6d MB%n", master, result.seconds(), result.reportsPerSecond(),
            result.analysisSeconds(), result.reports() / result.analysisSeconds(),
            result.cpuSeconds(),
            result.reportsPerCpuSecond(), mb(result.heapPeak()),
            mb(result.liveHeapPeak()), mb(result.residentPeak()));
      }
      if (results.size() >= 2) {
        project(results.get(0), results.get(1), out);
      }
    }
    return ExitCodes.OK;
  }

  private void project(RunResult one, RunResult two, PrintWriter out) {
    double ratio = two.reportsPerSecond() / one.reportsPerSecond();
    double cpuRatio = two.reportsPerCpuSecond() / one.reportsPerCpuSecond();
    double analysisRatio = one.analysisSeconds() / two.analysisSeconds();
    out.printf(Locale.ROOT, "scaling: %s is %.2fx %s in reports/s of the whole job (%.0f%% of"
        + " linear), %.2fx in the analysis (reading, analysing, writing all but related); per"
        + " CPU-second %.2fx%n", two.master(), ratio, one.master(), 50 * ratio, analysisRatio,
        cpuRatio);
    double efficiency = Math.min(1, cpuRatio);
    Projection projection = new Projection(one.reportsPerCpuSecond(), efficiency, overhead);
    out.printf(Locale.ROOT, "projection for %,d reports of this length: executors of %d cores at"
        + " $%.2f per executor-hour, %.0f s to start and commit; each core as fast as %s per"
        + " CPU-second (%.0f reports/s) times the %.0f%% efficiency %s kept per CPU-second:%n",
        project, cores, price, overhead, one.master(), one.reportsPerCpuSecond(),
        100 * efficiency, two.master());
    for (int count : executors) {
      out.printf(Locale.ROOT, "  %3d executors: %6.2f hours, $%.2f%n", count,
          projection.hours(project, count, cores), projection.cost(project, count, cores, price));
    }
  }

  private RunResult runInNewJvm(String master, Path warm, Path timed, Path output)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (!argument.startsWith("-Xmx")) {
        command.add(argument);
      }
    }
    command.add("-Xmx" + heap);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of("bench", "spark-run", "--master", master, "--window-days",
        String.valueOf(windowDays), warm.toString(), timed.toString(), output.toString()));
    Process process = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    RunResult result = null;
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        RunResult parsed = RunResult.parse(line);
        if (parsed != null) {
          result = parsed;
        }
      }
    }
    int exit = process.waitFor();
    if (exit != 0 || result == null) {
      throw new IOException("the run on " + master + " failed (exit " + exit + ")");
    }
    return result;
  }

  private static long mb(long bytes) {
    return bytes < 0 ? -1 : bytes / (1024 * 1024);
  }
}
