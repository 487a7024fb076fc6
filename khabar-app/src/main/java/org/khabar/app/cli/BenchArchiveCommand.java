package org.khabar.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.khabar.UrduPipeline;
import org.khabar.app.bench.BenchQueries;
import org.khabar.app.bench.Latencies;
import org.khabar.app.bench.SyntheticArchive;
import org.khabar.app.bench.SyntheticReports;
import org.khabar.archive.Archive;
import org.khabar.archive.ArchiveSearcher;
import org.khabar.archive.Indexer;
import org.khabar.archive.SearchRequest;
import org.khabar.io.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code khabar bench archive}: indexing throughput and search latency. */
@Command(
    name = "archive",
    mixinStandardHelpOptions = true,
    header = "Indexing throughput and search latency of the archive.",
    description = {
      "1. Indexes --sample reports from news/*.jsonl into a fresh archive with full analysis,",
      "   on 1 thread and on --threads threads, and reports reports/s for each.",
      "2. Makes (or reuses) an archive of --reports reports by repeating the news with new ids",
      "   (each news report analysed once, its analysis stored with every copy),",
      "   then runs --queries queries drawn from real headlines, one after another after a",
      "   warm-up, each a full search (10 hits with snippets, facets), and reports p50/p99.",
      "   The archive is merged into one segment, as 'khabar index --optimize' does."
    })
final class BenchArchiveCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  @Option(names = "--reports", defaultValue = "100000",
      description = "Size of the search archive (default: ${DEFAULT-VALUE}).")
  int reports;

  @Option(names = "--archive", paramLabel = "DIR",
      description = "Where the search archive is kept between runs"
          + " (default: <temp>/khabar-bench-N, shared with 'bench serve').")
  Path archiveFolder;

  @Option(names = "--queries", defaultValue = "1000",
      description = "Measured queries (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--sample", defaultValue = "3000",
      description = "Reports indexed for the throughput figure (default: ${DEFAULT-VALUE}).")
  int sample;

  @Option(names = "--threads", defaultValue = "2",
      description = "Indexing threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Report> originals = SyntheticReports.read(
        data.newsFiles());
    out.printf(Locale.ROOT, "%d news reports to draw from%n", originals.size());

    double one = indexingRate(originals, 1, out);
    double many = indexingRate(originals, threads, out);
    out.printf(Locale.ROOT, "indexing, full analysis: %.0f reports/s on 1 thread, %.0f on %d"
        + " threads (%.2fx)%n", one, many, threads, many / one);

    Path folder = archiveFolder != null ? archiveFolder
        : Path.of(System.getProperty("java.io.tmpdir"), "khabar-bench-" + reports);
    try (Archive archive = SyntheticArchive.ensure(folder,
        data.newsFiles(),
        reports, UrduPipeline.full(), ArchiveOptions.analyzer(), out)) {
      ArchiveSearcher searcher = new ArchiveSearcher(archive);
      List<String> warmup = BenchQueries.generate(originals, 300, 7);
      for (String query : warmup) {
        searcher.search(SearchRequest.of(query));
      }
      Latencies latencies = new Latencies();
      Latencies cpu = new Latencies();
      java.lang.management.ThreadMXBean threads =
          java.lang.management.ManagementFactory.getThreadMXBean();
      long hits = 0;
      for (String query : BenchQueries.generate(originals, queries, 42)) {
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        hits += searcher.search(SearchRequest.of(query)).total();
        cpu.add(threads.getCurrentThreadCpuTime() - cpuStart);
        latencies.add(System.nanoTime() - start);
      }
      out.printf(Locale.ROOT, "search over %,d reports, %d queries one after another: p50 %.1f ms,"
              + " p90 %.1f ms, p99 %.1f ms, max %.1f ms (mean %.1f ms; %,d hits in all)%n",
          archive.size(), latencies.count(), latencies.percentile(50),
          latencies.percentile(90), latencies.percentile(99), latencies.percentile(100),
          latencies.mean(), hits);
      out.printf(Locale.ROOT, "the same queries in CPU time of the searching thread (what the"
              + " search itself costs, whatever else the machine runs): p50 %.1f ms, p99 %.1f ms%n",
          cpu.percentile(50), cpu.percentile(99));
    }
    return ExitCodes.OK;
  }

  private double indexingRate(List<Report> originals, int threadCount, PrintWriter out)
      throws Exception {
    Path folder = Files.createTempDirectory("khabar-bench-index");
    try (Archive archive = Archive.open(folder.resolve("a"), Archive.Mode.WRITE,
        ArchiveOptions.analyzer())) {
      Indexer.Summary summary = new Indexer(archive, UrduPipeline.full(), threadCount, 100_000,
          quietListener()).index(new SyntheticReports(originals, sample));
      return summary.reportsPerSecond();
    } finally {
      deleteTree(folder);
    }
  }

  private static Indexer.Listener quietListener() {
    return new Indexer.Listener() {
      @Override
      public void progress(long done, long skipped) {}

      @Override
      public void skipped(String problem) {}
    };
  }

  private static void deleteTree(Path folder) throws java.io.IOException {
    try (var files = Files.walk(folder)) {
      for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
