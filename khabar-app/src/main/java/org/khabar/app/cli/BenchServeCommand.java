package org.khabar.app.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.khabar.UrduPipeline;
import org.khabar.app.bench.LoadGenerator;
import org.khabar.app.bench.NewsCorpus;
import org.khabar.app.bench.SyntheticArchive;
import org.khabar.app.server.KhabarServer;
import org.khabar.app.server.ServerSettings;
import org.khabar.archive.Archive;
import org.khabar.archive.ArchiveSearcher;
import org.khabar.archive.SearchRequest;
import org.khabar.archive.SearchResponse;
import org.khabar.lexicon.StopWords;
import org.khabar.pipeline.Pipeline;
import org.khabar.text.Document;
import org.khabar.tokenize.Token;
import org.khabar.tokenize.TokenType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code khabar bench serve}: throughput and latency of the server under a bounded load. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    header = "Throughput and latency of 'khabar serve' under load, on this machine only.",
    description = {
      "Starts the server on 127.0.0.1 over an archive of at least --synthesize reports (the",
      "news of the data folder indexed over and over under new ids; built once into --cache",
      "and reused), then --clients clients send searches and analyses one after another for",
      "--seconds after a warm-up. Prints requests per second, p50 and p99 latency, failures."
    })
final class BenchServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  @Option(names = {"-a", "--archive"}, paramLabel = "DIR",
      description = "Serve this archive instead of a synthesized one.")
  Path archiveFolder;

  @Option(names = "--synthesize", paramLabel = "N", defaultValue = "100000",
      description = "Reports in the synthesized archive (default: ${DEFAULT-VALUE}).")
  int synthesize;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Where the synthesized archive is kept (default: <temp>/khabar-bench-N).")
  Path cache;

  @Option(names = "--clients", defaultValue = "50", description = "Concurrent clients"
      + " (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--seconds", defaultValue = "60", description = "Measured seconds"
      + " (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--warmup", defaultValue = "10", description = "Warm-up seconds, not"
      + " counted (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--analyze-share", defaultValue = "0.2", description = "Share of requests"
      + " that are analyses (default: ${DEFAULT-VALUE}).")
  double analyzeShare;

  @Option(names = "--max-requests", defaultValue = "10000000", description = "Stop after this"
      + " many requests at most (default: ${DEFAULT-VALUE}).")
  long maxRequests;

  @Option(names = "--no-cache", description = "Turn off the server's cache of recent search"
      + " answers, so that every search is run.")
  boolean noCache;

  @Mixin AnalysisThreadsOption analysisThreads;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (clients < 1 || clients > 1000 || seconds < 1 || seconds > 3600 || warmup < 0) {
      throw new IllegalArgumentException("--clients 1 to 1000, --seconds 1 to 3600");
    }
    ServerSettings settings = settings();
    List<Path> news = data.newsFiles();
    Pipeline pipeline = UrduPipeline.full();
    Path folder = cache != null ? cache
        : Path.of(System.getProperty("java.io.tmpdir"), "khabar-bench-" + synthesize);
    try (Archive archive = archiveFolder != null
        ? Archive.open(archiveFolder, Archive.Mode.READ, ArchiveOptions.analyzer())
        : SyntheticArchive.ensure(folder, news, synthesize, pipeline, ArchiveOptions.analyzer(),
            out);
        KhabarServer server = new KhabarServer(archive, settings).start("127.0.0.1", 0)) {
      List<String> texts = NewsCorpus.bodies(news);
      List<String> searches = searches(archive, texts, pipeline);
      out.printf(Locale.ROOT, "load: %d clients, %d s warm-up, %d s measured, %.0f%% analyses,"
          + " %d distinct searches, search cache %s, %d analyses at once, on %d reports%n",
          clients, warmup, seconds, 100 * analyzeShare, searches.size(), noCache ? "off" : "on",
          settings.analysisThreads(), archive.size());
      out.flush();
      long cpuBefore = processCpuNanos();
      LoadGenerator.Result result = new LoadGenerator(
          URI.create("http://127.0.0.1:" + server.port()), searches, texts,
          new LoadGenerator.Settings(clients, Duration.ofSeconds(warmup),
              Duration.ofSeconds(seconds), maxRequests, analyzeShare, 42)).run();
      out.printf(Locale.ROOT, "%-8s %10s %9s %9s %9s %9s %9s%n", "requests", "count", "per s",
          "p50 ms", "p99 ms", "max ms", "failed");
      for (LoadGenerator.Stats s : result.stats()) {
        out.printf(Locale.ROOT, "%-8s %10d %9.1f %9.2f %9.2f %9.1f %9d%n", s.kind(),
            s.requests(), s.perSecond(), s.p50Millis(), s.p99Millis(), s.maxMillis(),
            s.failures());
      }
      long cpu = processCpuNanos() - cpuBefore;
      if (cpu > 0 && result.sent() > 0) {
        out.printf(Locale.ROOT, "cpu: %.2f ms of this process (server and clients) per request,"
            + " warm-up included; at most %.0f requests/s on %d idle cores%n",
            cpu / 1e6 / result.sent(), Runtime.getRuntime().availableProcessors() * 1e9
                * result.sent() / cpu, Runtime.getRuntime().availableProcessors());
      }
      out.println("machine load average (1 min) at the end: "
          + java.lang.management.ManagementFactory.getOperatingSystemMXBean()
              .getSystemLoadAverage());
      for (String failure : result.failures()) {
        out.println("failed: " + failure);
      }
      long failed = result.stats().get(result.stats().size() - 1).failures();
      return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }
  }

  /** CPU time of this whole process so far, or 0 where the JVM cannot tell. */
  private static long processCpuNanos() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean bean
        ? bean.getProcessCpuTime() : 0;
  }

  /**
   * Searches as readers make them: one or two frequent content words, some as phrases, some
   * filtered by a source or sorted by date, some asking for a later page.
   */
  private static List<String> searches(Archive archive, List<String> texts, Pipeline pipeline)
      throws Exception {
    Map<String, Integer> counts = new HashMap<>();
    for (String text : texts.subList(0, Math.min(300, texts.size()))) {
      Document document = pipeline.apply(Document.of("t", text));
      for (Token token : document.get(Token.LAYER)) {
        if (token.type() == TokenType.WORD && token.norm().length() >= 3
            && !StopWords.contains(token.norm())) {
          counts.merge(token.norm(), 1, Integer::sum);
        }
      }
    }
    List<String> words = counts.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue()).limit(400).map(Map.Entry::getKey)
        .toList();
    SearchResponse all = new ArchiveSearcher(archive).search(new SearchRequest("", Map.of(),
        null, null, SearchRequest.Order.RELEVANCE, 0, 0, 20));
    List<String> sources = all.facets().getOrDefault("source", List.of()).stream()
        .map(SearchResponse.FacetValue::value).toList();
    Random random = new Random(7);
    List<String> searches = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      String first = words.get(random.nextInt(words.size()));
      String second = words.get(random.nextInt(words.size()));
      int form = random.nextInt(10);
      String q = form < 5 ? first : form < 8 ? first + " " + second
          : "\"" + first + " " + second + "\" OR " + first;
      StringBuilder query = new StringBuilder("q=").append(encode(q));
      if (random.nextInt(5) == 0 && !sources.isEmpty()) {
        query.append("&source=").append(encode(sources.get(random.nextInt(sources.size()))));
      }
      if (random.nextInt(5) == 0) {
        query.append("&sort=newest");
      }
      if (random.nextInt(10) == 0) {
        query.append("&page=2");
      }
      searches.add(query.toString());
    }
    return searches;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private ServerSettings settings() {
    return analysisThreads.applyTo(noCache
        ? ServerSettings.defaults().withSearchCache(0) : ServerSettings.defaults());
  }
}
