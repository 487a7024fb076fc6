package org.khabar.solr;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.UpdateResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.ToleratedUpdateError;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.SimpleOrderedMap;
import org.khabar.archive.Indexer;
import org.khabar.io.InputException;
import org.khabar.io.Report;
import org.khabar.io.ReportReader;

/**
 * Sends reports to a SolrCloud collection made from the khabar configset, where Khabar's update
 * processor analyses them. Reports go in batches, several at once; a report Solr rejects is
 * skipped with Solr's reason and the rest of its batch is stored; a batch that fails as a whole
 * (a node going down) is sent again, up to {@value #ATTEMPTS} times. A report is acknowledged
 * once Solr has answered for its batch without naming it, and a shard leader confirmed the
 * batch: the report is then in the update log of its shard's leader and of every replica the
 * leader reached (a replica it did not reach must recover from it before it may lead), and
 * survives a node going down. Commits at the end.
 */
public final class SolrIndexer {

  /** Tries per batch before its reports are given up. */
  public static final int ATTEMPTS = 6;

  private final SolrClient client;
  private final String collection;
  private final int threads;
  private final int batchSize;
  private final Indexer.Listener listener;
  private volatile Consumer<String> acknowledged = id -> { };
  private volatile Duration firstRetryAfter = Duration.ofMillis(500);

  public SolrIndexer(SolrClient client, String collection, int threads, int batchSize,
      Indexer.Listener listener) {
    this.client = client;
    this.collection = collection;
    this.threads = Math.max(1, threads);
    this.batchSize = Math.max(1, batchSize);
    this.listener = listener;
  }

  /** Tells {@code consumer} the id of every report Solr acknowledged, from several threads. */
  public SolrIndexer onAcknowledged(Consumer<String> consumer) {
    this.acknowledged = consumer;
    return this;
  }

  /** How long to wait before the first retry of a failed batch; it doubles each time. */
  public SolrIndexer retryAfter(Duration wait) {
    this.firstRetryAfter = wait;
    return this;
  }

  /** Sends every report under {@code paths} (files, folders, JSON Lines). */
  public Indexer.Summary index(List<Path> paths) throws IOException {
    return run(sink -> paths.forEach(path -> ReportReader.read(path, sink)));
  }

  /** Sends the given reports. */
  public Indexer.Summary index(Iterable<Report> reports) throws IOException {
    return run(sink -> reports.forEach(sink::report));
  }

  private Indexer.Summary run(Consumer<ReportReader.Sink> source) throws IOException {
    Run run = new Run();
    try {
      source.accept(run);
      run.flush();
    } finally {
      run.finish();
    }
    try {
      client.commit(collection);
    } catch (SolrServerException | SolrException e) {
      throw new IOException("Solr could not commit collection " + collection + ": "
          + e.getMessage(), e);
    }
    return run.summary();
  }

  /** One indexing run: batches by id partition, one sender per partition. */
  private final class Run implements ReportReader.Sink {
    private final long started = System.nanoTime();
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    private final List<ExecutorService> senders = new ArrayList<>();
    private final List<List<Report>> batches = new ArrayList<>();
    private final Semaphore inFlight = new Semaphore(threads * 2);

    Run() {
      for (int i = 0; i < threads; i++) {
        senders.add(Executors.newSingleThreadExecutor(runnable -> {
          Thread thread = new Thread(runnable, "khabar-solr-indexer");
          thread.setDaemon(true);
          return thread;
        }));
        batches.add(new ArrayList<>());
      }
    }

    /**
     * Reports with the same id go through the same sender, in input order, so the last copy
     * of a report in the input is the one that stays (as in the embedded archive).
     */
    @Override
    public void report(Report report) {
      int partition = Math.floorMod(report.id().hashCode(), threads);
      List<Report> batch = batches.get(partition);
      batch.add(report);
      if (batch.size() >= batchSize) {
        submit(partition);
      }
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

    void flush() {
      for (int partition = 0; partition < threads; partition++) {
        if (!batches.get(partition).isEmpty()) {
          submit(partition);
        }
      }
    }

    private void submit(int partition) {
      List<Report> batch = List.copyOf(batches.get(partition));
      batches.get(partition).clear();
      inFlight.acquireUninterruptibly();
      senders.get(partition).execute(() -> {
        try {
          send(batch);
        } finally {
          inFlight.release();
          listener.progress(indexed.get(), skipped.get());
        }
      });
    }

    private void send(List<Report> batch) {
      Exception last = null;
      long wait = firstRetryAfter.toMillis();
      for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
        try {
          UpdateResponse response = process(batch);
          List<String> unconfirmed = unconfirmed(response.getResponse());
          if (!unconfirmed.isEmpty()) {
            throw new IOException("no shard leader confirmed the reports sent to "
                + String.join(", ", unconfirmed));
          }
          acknowledge(batch, response);
          return;
        } catch (SolrServerException | IOException | SolrException e) {
          last = e;
          if (attempt < ATTEMPTS) {
            sleep(wait);
            wait *= 2;
          }
        }
      }
      for (Report report : batch) {
        skip("report " + report.id() + " could not be stored in Solr after " + ATTEMPTS
            + " tries: " + last.getMessage());
      }
    }

    private UpdateResponse process(List<Report> batch) throws SolrServerException, IOException {
      UpdateRequest request = new UpdateRequest();
      for (Report report : batch) {
        request.add(ReportFields.of(report));
      }
      return request.process(client, collection);
    }

    private void acknowledge(List<Report> batch, UpdateResponse response) {
      Map<String, String> rejected = rejected(response);
      for (Report report : batch) {
        String why = rejected.get(report.id());
        if (why != null) {
          skip(why);
        } else {
          indexed.incrementAndGet();
          acknowledged.accept(report.id());
        }
      }
    }

    private void skip(String problem) {
      skipped.incrementAndGet();
      problems.add(problem);
      listener.skipped(problem);
    }

    void finish() {
      senders.forEach(ExecutorService::shutdown);
      try {
        for (ExecutorService sender : senders) {
          sender.awaitTermination(365, TimeUnit.DAYS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    Indexer.Summary summary() {
      return new Indexer.Summary(indexed.get(), 0, skipped.get(), List.copyOf(problems),
          List.copyOf(warnings), Duration.ofNanos(System.nanoTime() - started));
    }
  }

  /**
   * The parts of an update response (the URLs a client sent to, or "Solr") whose reports no
   * shard leader confirmed. The node that receives reports for a shard it does not lead passes
   * them on to the leader and answers with the replication factor the leader reports ({@code
   * rf}); when no leader answered, {@code rf} stays at {@link Integer#MAX_VALUE} although the
   * answer's status is 0 (a collection whose configset lacks Khabar's {@code
   * ForwardFailureProcessorFactory} answers so when the leader's node is stopping).
   */
  static List<String> unconfirmed(NamedList<?> response) {
    List<String> unconfirmed = new ArrayList<>();
    if (response instanceof CloudSolrClient.RouteResponse<?> routed
        && routed.getRouteResponses() != null) {
      NamedList<NamedList<?>> routes = routed.getRouteResponses();
      for (int i = 0; i < routes.size(); i++) {
        if (noLeaderAnswered(routes.getVal(i))) {
          unconfirmed.add(routes.getName(i));
        }
      }
    } else if (noLeaderAnswered(response)) {
      unconfirmed.add("Solr");
    }
    return unconfirmed;
  }

  private static boolean noLeaderAnswered(NamedList<?> response) {
    Object header = response == null ? null : response.get("responseHeader");
    return header instanceof NamedList<?> values
        && Integer.valueOf(Integer.MAX_VALUE).equals(values.get(UpdateRequest.REPFACT));
  }

  /** The reports Solr's tolerant update processor rejected: id → its message. */
  static Map<String, String> rejected(UpdateResponse response) {
    Object errors = response.getResponseHeader() == null ? null
        : response.getResponseHeader().get("errors");
    if (!(errors instanceof List<?> list) || list.isEmpty()) {
      return Map.of();
    }
    Map<String, String> rejected = new java.util.HashMap<>();
    for (Object item : list) {
      ToleratedUpdateError error = ToleratedUpdateError.parseMap((SimpleOrderedMap<String>) item);
      rejected.put(error.getId(), error.getMessage());
    }
    return rejected;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
