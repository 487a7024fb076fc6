package org.khabar.app.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load on a Khabar server on this machine: N clients, each sending one request after
 * another (a search, or an analysis of a news report) for a fixed time and at most a fixed
 * number of requests, timing each. Requests in the warm-up are sent but not counted.
 */
public final class LoadGenerator {

  /** How hard and how long. */
  public record Settings(int clients, Duration warmup, Duration duration, long maxRequests,
      double analyzeShare, long seed) {}

  /** The figures of one kind of request. */
  public record Stats(String kind, long requests, long failures, double perSecond,
      double p50Millis, double p99Millis, double maxMillis) {}

  /**
   * What a run measured, and the first few failures; {@code sent} counts the warm-up too.
   */
  public record Result(double seconds, List<Stats> stats, List<String> failures, long sent) {}

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final URI base;
  private final List<String> searches;
  private final List<String> texts;
  private final Settings settings;
  private final HttpClient client;

  /**
   * @param base the server, which must be on a loopback address
   * @param searches query strings for {@code /api/search}, already encoded
   * @param texts report texts for {@code /api/analyze}
   */
  public LoadGenerator(URI base, List<String> searches, List<String> texts, Settings settings)
      throws java.net.UnknownHostException {
    if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
      throw new IllegalArgumentException("the load generator only targets this machine"
          + " (127.0.0.1), not " + base.getHost());
    }
    this.base = base;
    this.searches = List.copyOf(searches);
    this.texts = List.copyOf(texts);
    this.settings = settings;
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(TIMEOUT).build();
  }

  public Result run() throws InterruptedException {
    long start = System.nanoTime();
    long measureFrom = start + settings.warmup().toNanos();
    long end = measureFrom + settings.duration().toNanos();
    AtomicLong sent = new AtomicLong();
    List<Client> clients = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < settings.clients(); i++) {
      Client c = new Client(new Random(settings.seed() + i), measureFrom, end, sent);
      clients.add(c);
      Thread thread = new Thread(c, "load-client-" + i);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double seconds = (Math.min(System.nanoTime(), end) - measureFrom) / 1e9;
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    List<Stats> stats = new ArrayList<>();
    for (String kind : List.of("search", "analyze", "all")) {
      Samples merged = new Samples();
      long failed = 0;
      for (Client c : clients) {
        if (!kind.equals("analyze")) {
          merged.addAll(c.search);
        }
        if (!kind.equals("search")) {
          merged.addAll(c.analyze);
        }
        failed += kind.equals("search") ? c.searchFailures : kind.equals("analyze")
            ? c.analyzeFailures : c.searchFailures + c.analyzeFailures;
        if (kind.equals("all")) {
          failures.addAll(c.problems);
        }
      }
      stats.add(merged.stats(kind, failed, seconds));
    }
    return new Result(seconds, stats, failures.subList(0, Math.min(10, failures.size())),
        Math.min(sent.get(), settings.maxRequests()));
  }

  /** One client: requests one after another until the time or the request budget runs out. */
  private final class Client implements Runnable {
    private final Random random;
    private final long measureFrom;
    private final long end;
    private final AtomicLong sent;
    final Samples search = new Samples();
    final Samples analyze = new Samples();
    long searchFailures;
    long analyzeFailures;
    final List<String> problems = new ArrayList<>();

    Client(Random random, long measureFrom, long end, AtomicLong sent) {
      this.random = random;
      this.measureFrom = measureFrom;
      this.end = end;
      this.sent = sent;
    }

    @Override
    public void run() {
      while (System.nanoTime() < end && sent.incrementAndGet() <= settings.maxRequests()) {
        boolean isAnalyze = random.nextDouble() < settings.analyzeShare();
        HttpRequest request = isAnalyze ? analyzeRequest() : searchRequest();
        long before = System.nanoTime();
        String problem = null;
        try {
          HttpResponse<byte[]> response = client.send(request,
              HttpResponse.BodyHandlers.ofByteArray());
          if (response.statusCode() != 200) {
            problem = response.statusCode() + " " + request.uri() + ": "
                + new String(response.body(), StandardCharsets.UTF_8);
          }
        } catch (java.io.IOException e) {
          problem = request.uri() + ": " + e;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        long after = System.nanoTime();
        if (before < measureFrom) {
          continue;
        }
        (isAnalyze ? analyze : search).add(after - before);
        if (problem != null) {
          if (isAnalyze) {
            analyzeFailures++;
          } else {
            searchFailures++;
          }
          if (problems.size() < 3) {
            problems.add(problem);
          }
        }
      }
    }

    private HttpRequest searchRequest() {
      return HttpRequest.newBuilder(base.resolve("/api/search?"
          + searches.get(random.nextInt(searches.size())))).timeout(TIMEOUT).GET().build();
    }

    private HttpRequest analyzeRequest() {
      return HttpRequest.newBuilder(base.resolve("/api/analyze")).timeout(TIMEOUT)
          .header("Content-Type", "text/plain; charset=utf-8")
          .POST(HttpRequest.BodyPublishers.ofString(texts.get(random.nextInt(texts.size())),
              StandardCharsets.UTF_8)).build();
    }
  }

  /** Latencies in nanoseconds. */
  static final class Samples {
    private long[] values = new long[1024];
    private int size;

    void add(long nanos) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = nanos;
    }

    void addAll(Samples other) {
      for (int i = 0; i < other.size; i++) {
        add(other.values[i]);
      }
    }

    Stats stats(String kind, long failures, double seconds) {
      long[] sorted = Arrays.copyOf(values, size);
      Arrays.sort(sorted);
      return new Stats(kind, size, failures, seconds > 0 ? size / seconds : 0,
          percentile(sorted, 0.50), percentile(sorted, 0.99),
          size == 0 ? 0 : sorted[size - 1] / 1e6);
    }

    /** The nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sorted, double p) {
      if (sorted.length == 0) {
        return 0;
      }
      int rank = (int) Math.ceil(p * sorted.length);
      return sorted[Math.max(0, rank - 1)] / 1e6;
    }
  }
}
