package org.khabar.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.khabar.archive.Archive;
import org.khabar.archive.ArchiveException;
import org.khabar.io.InputException;
import org.khabar.io.Report;
import org.khabar.io.ReportReader;
import org.khabar.pipeline.Pipeline;
import org.khabar.text.Document;

/**
 * An archive of at least N reports for load tests, made by indexing the same news reports over
 * and over under new ids ({@code copy7-counter-0001-source}). Built once into a cache folder
 * and reused while it holds enough reports. Each news report is analysed once and its analysis
 * stored with every copy, so building measures Lucene, not the analysis; the archive is then
 * merged into one segment, as {@code khabar index --optimize} leaves a read-mostly archive.
 */
public final class SyntheticArchive {

  private SyntheticArchive() {}

  /** Opens the archive in {@code folder}, first building it if it holds fewer than N reports. */
  public static Archive ensure(Path folder, List<Path> newsFiles, int reports,
      Pipeline pipeline, Analyzer analyzer, PrintWriter out) throws IOException, ArchiveException {
    if (Files.exists(folder.resolve(Archive.MARKER))) {
      Archive existing = Archive.open(folder, Archive.Mode.READ, analyzer);
      if (existing.size() >= reports) {
        out.printf(Locale.ROOT, "archive: reusing %s (%d reports)%n", folder, existing.size());
        return existing;
      }
      existing.close();
    }
    build(folder, newsFiles, reports, pipeline, analyzer, out);
    return Archive.open(folder, Archive.Mode.READ, analyzer);
  }

  private static void build(Path folder, List<Path> newsFiles, int reports, Pipeline pipeline,
      Analyzer analyzer, PrintWriter out) throws IOException, ArchiveException {
    List<Report> originals = read(newsFiles);
    out.printf(Locale.ROOT, "archive: indexing %d news reports over and over into %s until it"
        + " holds %d (once; later runs reuse it)%n", originals.size(), folder, reports);
    List<Document> analyses = new ArrayList<>(originals.size());
    for (Report report : originals) {
      analyses.add(pipeline.apply(report.toDocument()));
    }
    long started = System.nanoTime();
    ExecutorService workers = Executors.newFixedThreadPool(2);
    AtomicInteger done = new AtomicInteger();
    try (Archive archive = Archive.open(folder, Archive.Mode.WRITE, analyzer)) {
      int start = archive.size();
      List<Future<?>> pending = new ArrayList<>();
      for (int worker = 0; worker < 2; worker++) {
        int first = worker;
        pending.add(workers.submit(() -> {
          for (int n = start + first; n < reports; n += 2) {
            Report original = originals.get(n % originals.size());
            Report copy = new Report("copy" + (n / originals.size()) + "-" + original.id(),
                original.headline(), original.body(), original.date(), original.source(),
                original.extra());
            try {
              archive.put(copy, analyses.get(n % originals.size()));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            int count = done.incrementAndGet();
            if (count % 10_000 == 0) {
              out.printf(Locale.ROOT, "archive: %d reports, %.0f s%n", start + count,
                  (System.nanoTime() - started) / 1e9);
              out.flush();
            }
          }
          return null;
        }));
      }
      for (Future<?> future : pending) {
        future.get();
      }
      archive.commit();
      out.printf(Locale.ROOT, "archive: %d reports in %.0f s; merging into one segment%n",
          archive.size(), (System.nanoTime() - started) / 1e9);
      out.flush();
      archive.optimize(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while building the archive", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IOException("building the archive failed: " + e.getCause(), e.getCause());
    } finally {
      workers.shutdownNow();
    }
  }

  /** The reports of the given JSON Lines files; unreadable lines are skipped. */
  static List<Report> read(List<Path> files) throws IOException {
    List<Report> reports = new ArrayList<>();
    for (Path file : files) {
      ReportReader.read(file, new ReportReader.Sink() {
        @Override
        public void report(Report report) {
          reports.add(report);
        }

        @Override
        public void error(InputException problem) {}
      });
    }
    if (reports.isEmpty()) {
      throw new IOException("no reports in " + files);
    }
    return reports;
  }
}
