package org.khabar.solr;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.solr.SolrTestCaseJ4;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.apache.solr.core.SolrCore;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.khabar.archive.Archive;
import org.khabar.archive.ArchiveFields;
import org.khabar.archive.EmbeddedBackend;
import org.khabar.archive.Indexer;
import org.khabar.archive.QueryException;
import org.khabar.archive.RelatedStories;
import org.khabar.archive.SearchBackend;
import org.khabar.archive.SearchRequest;
import org.khabar.archive.SearchResponse;
import org.khabar.io.Report;
import org.khabar.lucene.UrduAnalyzer;

/**
 * Khabar on a real SolrCloud in this JVM: 2 nodes, a collection of 2 shards x 2 replicas made
 * from the khabar configset, the fixture reports (and mixed ones) indexed through the plugin by
 * the command line's client. Every answer is compared with the embedded archive's on the same
 * reports: the 50 queries, filters, dates, orders and pages, stored reports, related stories,
 * facet values over everything; and a batch with reports that cannot be analysed.
 */
@SolrTestCaseJ4.SuppressSSL(bugUrl = "not needed: the cluster only serves this JVM")
public class KhabarCloudTest extends SolrCloudTestCase {

  private static final String COLLECTION = "news";

  /** Where the rejection tests write, so that "news" keeps the embedded archive's statistics. */
  private static final String BATCHES = "batches";

  private static List<Report> reports;
  private static Archive archive;
  private static SearchBackend embedded;
  private static SearchBackend solr;
  private static CloudSolrClient client;
  private static Indexer.Summary solrSummary;

  @BeforeClass
  public static void setUpCluster() throws Exception {
    configureCluster(2).addConfig(KhabarCluster.CONFIG, KhabarCluster.configset()).configure();
    KhabarCluster.createCollection(cluster.getSolrClient(), COLLECTION, KhabarCluster.CONFIG, 2,
        2);
    cluster.waitForActiveCollection(COLLECTION, 2, 4);
    KhabarCluster.createCollection(cluster.getSolrClient(), BATCHES, KhabarCluster.CONFIG, 1,
        1);
    cluster.waitForActiveCollection(BATCHES, 1, 1);
    reports = MixedReports.of(FixtureReports.reports(), 171, 7);
    client = SolrTarget.parse(cluster.getZkServer().getZkAddress()).connect();
    solrSummary = new SolrIndexer(client, COLLECTION, 2, 25, KhabarCluster.quiet())
        .index(reports);
    Path folder = createTempDir("embedded");
    KhabarCluster.buildArchive(folder.resolve("archive"), reports);
    archive = Archive.open(folder.resolve("archive"), Archive.Mode.READ,
        KhabarCluster.analyzer());
    embedded = new EmbeddedBackend(archive);
    solr = new SolrBackend(client, COLLECTION);
  }

  @AfterClass
  public static void tearDownAll() throws Exception {
    if (solr != null) {
      solr.close();
    }
    if (client != null) {
      client.close();
    }
    if (archive != null) {
      archive.close();
    }
    solr = null;
    embedded = null;
    client = null;
    archive = null;
    reports = null;
  }

  @Test
  public void testEveryReportIsIndexed() throws Exception {
    assertEquals(200, reports.size());
    assertEquals(solrSummary.problems().toString(), 200, solrSummary.indexed());
    assertEquals(200, solr.size());
    assertEquals(embedded.size(), solr.size());
  }

  @Test
  public void testTheFiftyQueriesAnswerAsTheEmbeddedArchive() throws Exception {
    List<String> queries = FixtureReports.queries();
    assertEquals(50, queries.size());
    List<String> differences = new ArrayList<>();
    int withHits = 0;
    for (String query : queries) {
      SearchRequest request = SearchRequest.of(query);
      SearchResponse expected = embedded.search(request);
      withHits += expected.total() > 0 ? 1 : 0;
      for (String difference : Comparison.differences(expected, solr.search(request))) {
        differences.add(query + ": " + difference);
      }
    }
    assertTrue("most queries find something: " + withHits, withHits >= 45);
    assertEquals(String.join("\n", differences), List.of(), differences);
  }

  @Test
  public void testFiltersDatesOrdersAndPagesAnswerAsTheEmbeddedArchive() throws Exception {
    List<SearchRequest> requests = List.of(
        new SearchRequest("پاکستان", Map.of(ArchiveFields.SOURCE, List.of("APP")), null, null,
            SearchRequest.Order.RELEVANCE, 0, 10, 5),
        new SearchRequest("کرکٹ", Map.of(), LocalDate.of(2014, 11, 1),
            LocalDate.of(2015, 3, 1), SearchRequest.Order.NEWEST, 0, 10, 10),
        new SearchRequest("", Map.of(ArchiveFields.MONTH, List.of("2014-09")), null, null,
            SearchRequest.Order.OLDEST, 3, 7, 3),
        new SearchRequest("حکومت OR فوج", Map.of(), null, null, SearchRequest.Order.RELEVANCE,
            10, 10, 2),
        new SearchRequest("\"وزیر اعظم\" NOT مودی", Map.of(), null, LocalDate.of(2015, 1, 1),
            SearchRequest.Order.RELEVANCE, 0, 20, 0),
        new SearchRequest("۔۔ ، ؟", Map.of(), null, null, SearchRequest.Order.RELEVANCE, 0, 10,
            5),
        new SearchRequest("\"شدید بارش", Map.of(), null, null, SearchRequest.Order.RELEVANCE,
            0, 10, 5));
    for (SearchRequest request : requests) {
      List<String> differences = Comparison.differences(embedded.search(request),
          solr.search(request));
      assertEquals(request + "\n" + differences, List.of(), differences);
    }
  }

  @Test
  public void testABadQueryFailsWithTheSameMessage() throws Exception {
    QueryException fromEmbedded = expectThrows(QueryException.class,
        () -> embedded.search(SearchRequest.of("date:2015-13")));
    QueryException fromSolr = expectThrows(QueryException.class,
        () -> solr.search(SearchRequest.of("date:2015-13")));
    assertEquals(fromEmbedded.getMessage(), fromSolr.getMessage());
  }

  @Test
  public void testStoredReportsAndAnalysesAreTheEmbeddedArchives() throws Exception {
    for (Report report : reports.subList(0, 40)) {
      assertEquals(report.id(), embedded.report(report.id()), solr.report(report.id()));
    }
    assertTrue(solr.report("fx-cricket-01").orElseThrow().analysisJson()
        .startsWith("{\"schema\":\"khabar-analysis\""));
    assertTrue(solr.report("no-such-report").isEmpty());
  }

  @Test
  public void testRelatedStoriesAreTheEmbeddedArchives() throws Exception {
    int withRelated = 0;
    for (Report report : reports.subList(0, 40)) {
      List<RelatedStories.Related> expected = embedded.related(report.id(), 5, 0.05);
      withRelated += expected.isEmpty() ? 0 : 1;
      assertEquals(report.id(), expected, solr.related(report.id(), 5, 0.05));
    }
    assertTrue("related stories found for " + withRelated, withRelated > 20);
    assertEquals(List.of(), solr.related("no-such-report", 5, 0.05));
  }

  @Test
  public void testFacetValuesOverEverythingAreTheEmbeddedArchives() throws Exception {
    Map<String, List<SearchResponse.FacetValue>> facets = solr.facetValues(20);
    assertEquals(embedded.facetValues(20), facets);
    assertTrue(facets.get(ArchiveFields.SOURCE).size() > 5);
  }

  @Test
  public void testTheSchemaAnalysesTextAsUrduAnalyzerDoes() throws Exception {
    JettySolrRunner node = cluster.getJettySolrRunner(0);
    SolrCore core = node.getCoreContainer().getCores().iterator().next();
    try (Analyzer urdu = new UrduAnalyzer()) {
      for (String field : List.of(ArchiveFields.BODY, ArchiveFields.HEADLINE,
          ArchiveFields.textField(ArchiveFields.PERSON))) {
        Analyzer index = core.getLatestSchema().getIndexAnalyzer();
        Analyzer query = core.getLatestSchema().getQueryAnalyzer();
        for (Report report : FixtureReports.reports()) {
          String text = report.headline() + "\n" + report.body();
          List<String> expected = tokens(urdu, field, text);
          assertEquals(field + " of " + report.id(), expected, tokens(index, field, text));
          assertEquals(field + " of " + report.id(), expected, tokens(query, field, text));
        }
      }
    }
  }

  private static List<String> tokens(Analyzer analyzer, String field, String text)
      throws Exception {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment =
          stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+"
            + increment.getPositionIncrement());
      }
      stream.end();
    }
    return tokens;
  }

  @Test
  public void testAReportThatFailsAnalysisIsRejectedAloneWithItsReason() throws Exception {
    List<Report> batch = List.of(
        new Report("batch-good-1", "لاہور میں بارش", "لاہور میں آج ہلکی بارش ہوئی۔", null, null,
            Map.of()),
        new Report("batch-too-long", null, "بارش ".repeat(200_001), null, null, Map.of()),
        new Report("batch-good-2", null, "کراچی میں آج موسم خشک رہا۔", null, null, Map.of()));
    SolrBackend batches = new SolrBackend(client, BATCHES);
    List<String> problems = new ArrayList<>();
    Indexer.Summary summary = new SolrIndexer(client, BATCHES, 1, 10, new Indexer.Listener() {
      @Override
      public void progress(long done, long skipped) {}

      @Override
      public void skipped(String problem) {
        problems.add(problem);
      }
    }).index(batch);
    assertEquals(2, summary.indexed());
    assertEquals(1, summary.skipped());
    assertEquals(1, problems.size());
    String problem = problems.get(0);
    assertTrue(problem, problem.contains("Khabar could not analyse report batch-too-long"));
    assertTrue(problem, problem.contains("more than the 1000000 this collection analyses"));
    assertTrue(batches.report("batch-good-1").isPresent());
    assertTrue(batches.report("batch-good-2").isPresent());
    assertTrue(batches.report("batch-too-long").isEmpty());
    batches.close();
  }

  @Test
  public void testADocumentWithoutABodyIsRejectedByItsId() throws Exception {
    SolrBackend batches = new SolrBackend(client, BATCHES);
    var request = new org.apache.solr.client.solrj.request.UpdateRequest();
    var noBody = new org.apache.solr.common.SolrInputDocument();
    noBody.setField("id", "batch-no-body");
    noBody.setField("headline", "سرخی");
    var good = new org.apache.solr.common.SolrInputDocument();
    good.setField("id", "batch-raw-good");
    good.setField("text", "پشاور میں آج موسم خشک رہا۔");
    good.setField("newspaper", "نمونہ نیوز");
    good.setField("date", "30.09.15");
    request.add(List.of(noBody, good));
    var response = request.process(client, BATCHES);
    Map<String, String> rejected = SolrIndexer.rejected(response);
    assertEquals(rejected.keySet().toString(), 1, rejected.size());
    assertTrue(rejected.get("batch-no-body"),
        rejected.get("batch-no-body").contains("has no \"body\""));
    client.commit(BATCHES);
    var stored = batches.report("batch-raw-good").orElseThrow();
    assertEquals("نمونہ نیوز", stored.source());
    assertEquals(LocalDate.of(2015, 9, 30), stored.date());
    batches.close();
  }
}
