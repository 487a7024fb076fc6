package org.khabar.solr.eval;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.khabar.UrduPipeline;
import org.khabar.archive.Archive;
import org.khabar.archive.EmbeddedBackend;
import org.khabar.archive.Indexer;
import org.khabar.archive.SearchBackend;
import org.khabar.archive.SearchRequest;
import org.khabar.io.InputException;
import org.khabar.io.Report;
import org.khabar.io.ReportReader;
import org.khabar.pipeline.Pipeline;
import org.khabar.solr.Comparison;
import org.khabar.solr.FixtureReports;
import org.khabar.solr.KhabarCluster;
import org.khabar.solr.MixedReports;
import org.khabar.solr.SolrBackend;
import org.khabar.solr.SolrIndexer;
import org.khabar.solr.SolrTarget;

/**
 * {@code khabar eval solr}: starts the tests' 2-node SolrCloud in this process (a collection of
 * 2 shards x 2 replicas from the khabar configset), indexes the news of {@code news/*.jsonl} and
 * mixed reports made from them both through the plugin and into an embedded archive, and
 * reports (1) whether the 50 queries get the same top 10, scores, snippets and facet counts
 * from both, (2) indexing throughput of the cluster against the embedded archive, (3) search
 * latency p50/p99 with 20 concurrent clients on each. Exits with 1 if fewer queries agree than
 * {@code --min-agreeing}. Arguments: {@code NEWS_FOLDER [--mixed N] [--clients N] [--searches
 * N] [--min-agreeing N]}.
 */
public final class SolrEvaluation {

  private static final PrintStream OUT = new PrintStream(System.out, true,
      StandardCharsets.UTF_8);

  private SolrEvaluation() {}

  public static void main(String[] args) throws Exception {
    Path news = Path.of(args[0]);
    int mixed = intOption(args, "--mixed", 4000);
    int clients = intOption(args, "--clients", 20);
    int searches = intOption(args, "--searches", 50);
    int minAgreeing = intOption(args, "--min-agreeing", 50);
    List<Report> originals = read(List.of(news.resolve("counter.jsonl"),
        news.resolve("xlsum-ur.jsonl")));
    List<Report> reports = MixedReports.of(originals, mixed, 42);
    OUT.printf(Locale.ROOT, "%,d news reports and %,d mixed from them: %,d reports%n",
        originals.size(), mixed, reports.size());
    Path temp = Files.createTempDirectory("khabar-eval-solr");
    int status;
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, temp.resolve("cluster"))
        .addConfig(KhabarCluster.CONFIG, KhabarCluster.configset()).build();
    try (CloudSolrClient client = SolrTarget.parse(cluster.getZkServer().getZkAddress())
        .connect()) {
      KhabarCluster.createCollection(cluster.getSolrClient(), "news", KhabarCluster.CONFIG, 2,
          2);
      cluster.waitForActiveCollection("news", 2, 4);
      status = run(client, reports, temp, clients, searches, minAgreeing);
    } finally {
      cluster.shutdown();
      deleteTree(temp);
    }
    System.exit(status);
  }

  private static int run(CloudSolrClient client, List<Report> reports, Path temp, int clients,
      int searches, int minAgreeing) throws Exception {
    warmUp(reports);
    Indexer.Summary embeddedIndexing = KhabarCluster.buildArchive(temp.resolve("archive"),
        reports);
    Indexer.Summary solrIndexing = new SolrIndexer(client, "news", 4, 50,
        KhabarCluster.quiet()).index(reports);
    if (solrIndexing.skipped() > 0 || embeddedIndexing.skipped() > 0) {
      OUT.println("skipped: " + solrIndexing.problems() + embeddedIndexing.problems());
    }
    OUT.printf(Locale.ROOT, "indexing with full analysis: embedded archive %.0f reports/s"
            + " (2 threads), 2-node SolrCloud %.0f reports/s (analysed in Solr, 2 shards x 2"
            + " replicas): %.2fx%n", embeddedIndexing.reportsPerSecond(),
        solrIndexing.reportsPerSecond(),
        solrIndexing.reportsPerSecond() / embeddedIndexing.reportsPerSecond());
    try (Archive archive = Archive.open(temp.resolve("archive"), Archive.Mode.READ,
        KhabarCluster.analyzer());
        SearchBackend embedded = new EmbeddedBackend(archive);
        SearchBackend solr = new SolrBackend(client, "news")) {
      OUT.printf(Locale.ROOT, "reports: embedded %,d, SolrCloud %,d%n", embedded.size(),
          solr.size());
      int agreeing = compare(embedded, solr);
      double[] embeddedLatency = latency(embedded, clients, searches);
      double[] solrLatency = latency(solr, clients, searches);
      OUT.printf(Locale.ROOT, "search with %d concurrent clients (%,d searches each side: 10"
              + " hits with snippets and facets): embedded p50 %.1f ms, p99 %.1f ms;"
              + " SolrCloud p50 %.1f ms, p99 %.1f ms; ratios SolrCloud/embedded p50 %.2fx,"
              + " p99 %.2fx%n", clients, clients * searches, embeddedLatency[0],
          embeddedLatency[1], solrLatency[0], solrLatency[1],
          solrLatency[0] / embeddedLatency[0], solrLatency[1] / embeddedLatency[1]);
      OUT.printf(Locale.ROOT, "the 50 queries: %d of %d agree (top-10 ids, scores, snippets,"
          + " totals, facet counts)%n", agreeing, FixtureReports.queries().size());
      return agreeing >= minAgreeing ? 0 : 1;
    }
  }

  /** Runs the pipeline on some reports first, so neither side pays for the JIT alone. */
  private static void warmUp(List<Report> reports) {
    Pipeline pipeline = UrduPipeline.full();
    for (Report report : reports.subList(0, Math.min(300, reports.size()))) {
      pipeline.apply(report.toDocument());
    }
  }

  private static int compare(SearchBackend embedded, SearchBackend solr) throws Exception {
    int agreeing = 0;
    for (String query : FixtureReports.queries()) {
      SearchRequest request = SearchRequest.of(query);
      var expected = embedded.search(request);
      List<String> differences = Comparison.differences(expected, solr.search(request));
      if (differences.isEmpty()) {
        agreeing++;
      } else {
        OUT.println("differs: " + query + ": " + differences);
      }
    }
    return agreeing;
  }

  /** p50 and p99 in ms of {@code clients} threads each running {@code searches} queries. */
  private static double[] latency(SearchBackend backend, int clients, int searches)
      throws Exception {
    List<String> queries = FixtureReports.queries();
    for (String query : queries) {
      backend.search(SearchRequest.of(query));
    }
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        Random random = new Random(c);
        running.add(pool.submit(() -> {
          for (int i = 0; i < searches; i++) {
            String query = queries.get(random.nextInt(queries.size()));
            long start = System.nanoTime();
            backend.search(SearchRequest.of(query));
            nanos.add(System.nanoTime() - start);
          }
          return null;
        }));
      }
      for (Future<?> future : running) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return new double[] {percentile(sorted, 50), percentile(sorted, 99)};
  }

  private static double percentile(List<Long> sorted, double p) {
    int rank = (int) Math.ceil(p / 100 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
  }

  private static List<Report> read(List<Path> files) {
    List<Report> reports = new ArrayList<>();
    for (Path file : files) {
      ReportReader.read(file, new ReportReader.Sink() {
        @Override
        public void report(Report report) {
          reports.add(report);
        }

        @Override
        public void error(InputException problem) {
          OUT.println("skipped: " + problem.getMessage());
        }
      });
    }
    return reports;
  }

  private static int intOption(String[] args, String name, int otherwise) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return otherwise;
  }

  private static void deleteTree(Path folder) throws java.io.IOException {
    try (var files = Files.walk(folder)) {
      for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
