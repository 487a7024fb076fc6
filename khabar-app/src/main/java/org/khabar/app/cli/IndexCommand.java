package org.khabar.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.khabar.UrduPipeline;
import org.khabar.archive.Archive;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.khabar.archive.Indexer;
import org.khabar.solr.SolrBackend;
import org.khabar.solr.SolrIndexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code khabar index PATH...}: analyses reports and stores them in an archive. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    header = "Analyse reports and store them in an archive for searching.",
    description = {
      "Reads plain-text files (one report each, named by the file), folders of them, and",
      "JSON Lines files (one report per line with id, headline, body, date, source; the",
      "fields of ../shared/data/news/*.jsonl work as they are). Each report is analysed and",
      "stored; a report with an id already in the archive replaces it. A broken line or file",
      "is reported with its line number and skipped; the rest is indexed.",
      "With --solr, the reports are sent to a SolrCloud collection made from the khabar",
      "configset, and Khabar's plugin analyses them inside Solr."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every report was indexed",
      "1:some input was skipped (the rest was indexed), or the archive could not be opened",
      "2:wrong command line"
    })
final class IndexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ArchiveOptions archiveOptions;

  @Mixin SolrOptions solrOptions;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders of reports.")
  List<Path> paths;

  @Option(names = "--threads", description = "Analysis threads, or with --solr requests under"
      + " way at once (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--batch", defaultValue = "100",
      description = "With --solr: reports per request (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--commit-every", defaultValue = "5000",
      description = "Commit after this many reports (default: ${DEFAULT-VALUE}).")
  int commitEvery;

  @Option(names = "--optimize", description = "Merge the archive into one segment afterwards:"
      + " faster searches for an archive that changes rarely.")
  boolean optimize;

  @Option(names = {"-q", "--quiet"}, description = "No progress line.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    Progress progress = new Progress(err, !quiet && System.console() != null);
    if (solrOptions.enabled()) {
      return indexIntoSolr(out, progress);
    }
    try (Archive archive = archiveOptions.open(Archive.Mode.WRITE)) {
      Indexer indexer = new Indexer(archive, UrduPipeline.full(), threads, commitEvery,
          progress);
      Indexer.Summary summary = indexer.index(paths);
      progress.finish();
      if (optimize) {
        archive.optimize(1);
      }
      out.printf(Locale.ROOT, "indexed %,d reports (%,d replaced an earlier copy), skipped %,d,"
              + " in %.1f s (%.0f reports/s)%n",
          summary.indexed(), summary.replaced(), summary.skipped(),
          summary.elapsed().toMillis() / 1000.0, summary.reportsPerSecond());
      out.printf(Locale.ROOT, "archive %s now holds %,d reports%n", archive.folder(),
          archive.size());
      return summary.skipped() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }
  }

  /** Sends the reports to Solr, where Khabar's update processor analyses them. */
  private int indexIntoSolr(PrintWriter out, Progress progress) throws Exception {
    String collection = solrOptions.collection();
    try (CloudSolrClient client = solrOptions.target().connect();
        SolrBackend backend = new SolrBackend(client, collection)) {
      Indexer.Summary summary = new SolrIndexer(client, collection, threads, batch, progress)
          .index(paths);
      progress.finish();
      out.printf(Locale.ROOT, "sent %,d reports to collection %s, which analysed and stored"
              + " them; skipped %,d, in %.1f s (%.0f reports/s)%n",
          summary.indexed(), collection, summary.skipped(),
          summary.elapsed().toMillis() / 1000.0, summary.reportsPerSecond());
      out.printf(Locale.ROOT, "collection %s now holds %,d reports%n", collection,
          backend.size());
      return summary.skipped() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }
  }

  /** A progress line on a terminal, and every skipped input on standard error. */
  private static final class Progress implements Indexer.Listener {
    private final PrintWriter err;
    private final boolean live;
    private final long started = System.nanoTime();
    private long lastPrinted;

    Progress(PrintWriter err, boolean live) {
      this.err = err;
      this.live = live;
    }

    @Override
    public synchronized void progress(long done, long skipped) {
      long now = System.nanoTime();
      if (!live || now - lastPrinted < 200_000_000L) {
        return;
      }
      lastPrinted = now;
      double seconds = (now - started) / 1e9;
      err.printf(Locale.ROOT, "\rindexed %,d reports, skipped %,d (%.0f/s)   ", done, skipped,
          done / Math.max(seconds, 1e-9));
      err.flush();
    }

    @Override
    public synchronized void skipped(String problem) {
      if (live) {
        err.print("\r");
      }
      err.println("khabar: skipped: " + problem);
      err.flush();
    }

    @Override
    public synchronized void warning(String problem) {
      if (live) {
        err.print("\r");
      }
      err.println("khabar: warning: " + problem);
      err.flush();
    }

    synchronized void finish() {
      if (live) {
        err.print("\r\033[K");
        err.flush();
      }
    }
  }
}
