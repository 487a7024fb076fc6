package org.khabar.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.khabar.io.InputException;
import org.khabar.io.Report;
import org.khabar.io.ReportReader;
import org.khabar.pipeline.Pipeline;
import org.khabar.text.Document;

/**
 * Reads reports, analyses them on several threads and stores them in an archive. A report that
 * cannot be read or analysed is skipped with its reason; the rest are indexed. Commits every
 * {@code commitEvery} reports and at the end, so a killed run keeps what it committed.
 */
public final class Indexer {

  /** Hears how indexing goes; called from several threads. */
  public interface Listener {
    void progress(long done, long skipped);

    void skipped(String problem);

    /** A report was indexed, but with something left out. */
    default void warning(String problem) {}
  }

  /** What a run did. */
  public record Summary(long indexed, long replaced, long skipped, List<String> problems,
      List<String> warnings, Duration elapsed) {

    public double reportsPerSecond() {
      double seconds = elapsed.toNanos() / 1e9;
      return seconds == 0 ? 0 : indexed / seconds;
    }
  }

  private final Archive archive;
  private final Pipeline pipeline;
  private final int threads;
  private final int commitEvery;
  private final Listener listener;

  public Indexer(Archive archive, Pipeline pipeline, int threads, int commitEvery,
      Listener listener) {
    this.archive = archive;
    this.pipeline = pipeline;
    this.threads = Math.max(1, threads);
    this.commitEvery = Math.max(1, commitEvery);
    this.listener = listener;
  }

  /** Indexes every report under {@code paths} (files, folders, JSON Lines). */
  public Summary index(List<Path> paths) throws IOException {
    return run(sink -> {
      for (Path path : paths) {
        ReportReader.read(path, sink);
      }
    });
  }

  /** Indexes the given reports. */
  public Summary index(Iterable<Report> reports) throws IOException {
    return run(sink -> reports.forEach(sink::report));
  }

  private Summary run(java.util.function.Consumer<ReportReader.Sink> source) throws IOException {
    long started = System.nanoTime();
    AtomicLong indexed = new AtomicLong();
    AtomicLong replaced = new AtomicLong();
    AtomicLong skipped = new AtomicLong();
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    // One single-threaded worker per partition of ids: reports with the same id are stored in
    // input order, so the last copy of a report in the input is the one that stays.
    List<ExecutorService> workers = new ArrayList<>(threads);
    for (int i = 0; i < threads; i++) {
      workers.add(Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "khabar-indexer");
        thread.setDaemon(true);
        return thread;
      }));
    }
    Semaphore inFlight = new Semaphore(threads * 4);
    AtomicLong sinceCommit = new AtomicLong();
    ReportReader.Sink sink = new ReportReader.Sink() {
      @Override
      public void report(Report report) {
        inFlight.acquireUninterruptibly();
        workers.get(Math.floorMod(report.id().hashCode(), threads)).execute(() -> {
          try {
            Document analysis = pipeline.apply(report.toDocument());
            if (archive.put(report, analysis)) {
              replaced.incrementAndGet();
            }
            indexed.incrementAndGet();
            if (sinceCommit.incrementAndGet() % commitEvery == 0) {
              archive.commit();
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } catch (RuntimeException e) {
            skip("report " + report.id() + " could not be analysed: " + e);
          } finally {
            inFlight.release();
            listener.progress(indexed.get(), skipped.get());
          }
        });
      }

      @Override
      public void error(InputException problem) {
        skip(problem.getMessage());
      }

      @Override
      public void warning(InputException problem) {
        warnings.add(problem.getMessage());
        listener.warning(problem.getMessage());
      }

      private void skip(String problem) {
        skipped.incrementAndGet();
        problems.add(problem);
        listener.skipped(problem);
      }
    };
    try {
      source.accept(sink);
    } finally {
      workers.forEach(ExecutorService::shutdown);
      try {
        for (ExecutorService worker : workers) {
          worker.awaitTermination(365, TimeUnit.DAYS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    archive.commit();
    return new Summary(indexed.get(), replaced.get(), skipped.get(), List.copyOf(problems),
        List.copyOf(warnings), Duration.ofNanos(System.nanoTime() - started));
  }
}
