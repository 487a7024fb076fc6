package org.khabar.solr;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.solr.SolrTestCaseJ4;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.UpdateResponse;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.embedded.JettySolrRunner;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.BeforeClass;
import org.junit.Test;
import org.khabar.archive.Indexer;
import org.khabar.io.Report;

/**
 * Reports sent to a node that does not lead their shard, while the leader's node refuses
 * connections but is still the leader (as a node is for a moment while it stops, which is how
 * {@code NodeFailureTest} once lost an acknowledged batch of 10): Solr must not answer that they
 * were stored, and the indexer must not acknowledge them. Each collection has one shard, led by
 * node 0, with its other replica on node 1; the test closes node 0's HTTP port and sends to node
 * 1, which passes the reports on to node 0.
 */
@SolrTestCaseJ4.SuppressSSL(bugUrl = "not needed: the cluster only serves this JVM")
public class UnreachableLeaderTest extends SolrCloudTestCase {

  /** Made from the khabar configset. */
  private static final String KHABAR = "unreachable";
  /** Made from the khabar configset without {@code ForwardFailureProcessorFactory}. */
  private static final String PLAIN = "plain";
  private static final String PLAIN_CONFIG = "khabar-without-forward-check";

  @BeforeClass
  public static void setUpCluster() throws Exception {
    Path base = KhabarCluster.configset();
    Path plain = Files.createTempDirectory("khabar-plain");
    for (Path file : List.of(base.resolve("solrconfig.xml"), base.resolve("managed-schema.xml"))) {
      Files.copy(file, plain.resolve(file.getFileName()));
    }
    String solrconfig = Files.readString(plain.resolve("solrconfig.xml"));
    String withoutCheck = solrconfig.replaceAll(
        "\\s*<processor class=\"org.khabar.solr.plugin.ForwardFailureProcessorFactory\"/>", "");

    Files.writeString(plain.resolve("solrconfig.xml"), withoutCheck);
    configureCluster(2).addConfig(KhabarCluster.CONFIG, base).addConfig(PLAIN_CONFIG, plain)
        .configure();
    String leaderNode = cluster.getJettySolrRunner(0).getNodeName();
    String otherNode = cluster.getJettySolrRunner(1).getNodeName();
    for (String[] collection : List.of(new String[] {KHABAR, KhabarCluster.CONFIG},
        new String[] {PLAIN, PLAIN_CONFIG})) {
      CollectionAdminRequest.createCollection(collection[0], collection[1], 1, 1)
          .setCreateNodeSet(leaderNode).process(cluster.getSolrClient());
      cluster.waitForActiveCollection(collection[0], 1, 1);
      CollectionAdminRequest.addReplicaToShard(collection[0], "shard1").setNode(otherNode)
          .process(cluster.getSolrClient());
      cluster.waitForActiveCollection(collection[0], 1, 2);
    }
  }

  @Test
  public void reportsThatReachNoLeaderAreNeitherStoredNorAcknowledged() throws Exception {
    List<Report> reports = FixtureReports.reports().subList(0, 4);
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    Indexer.Summary summary;
    try (Unreachable leader = Unreachable.leaderOf(KHABAR)) {
      try (SolrClient other = getHttpSolrClient(cluster.getJettySolrRunner(1).getBaseUrl()
          .toString())) {
        SolrException refused = expectThrows(SolrException.class,
            () -> request(reports).process(other, KHABAR));
        assertEquals(refused.getMessage(), 503, refused.code());
        assertTrue(refused.getMessage(), refused.getMessage().contains("shard leader"));
      }
      // the indexer's client tries the leader, then the other replica; every try fails
      try (CloudSolrClient client = SolrTarget.parse(cluster.getZkServer().getZkAddress())
          .connect()) {
        summary = new SolrIndexer(client, KHABAR, 1, 10, KhabarCluster.quiet())
            .onAcknowledged(acknowledged::add).retryAfter(Duration.ofMillis(10))
            .index(reports);
      } catch (java.io.IOException commitFailed) {
        summary = null; // the final commit may fail too while the leader is unreachable
      }
      assertEquals("acknowledged while no leader could store them", Set.of(), acknowledged);
      if (summary != null) {
        assertEquals(summary.toString(), 0, summary.indexed());
        assertEquals(summary.toString(), reports.size(), summary.skipped());
      }
    }
    // with the leader reachable again, the same reports are stored on both replicas
    try (CloudSolrClient client = SolrTarget.parse(cluster.getZkServer().getZkAddress())
        .connect()) {
      summary = new SolrIndexer(client, KHABAR, 1, 10, KhabarCluster.quiet())
          .onAcknowledged(acknowledged::add).index(reports);
    }
    assertEquals(summary.toString(), reports.size(), summary.indexed());
    Set<String> ids = ids(reports);
    assertEquals(ids, acknowledged);
    for (Replica replica : replicas(KHABAR)) {
      assertEquals(replica.getName(), ids, idsOn(replica));
    }
  }

  /**
   * What Solr 9.10 itself answers, with the tolerant update processor and without Khabar's
   * check: status 0, no errors and a replication factor of {@link Integer#MAX_VALUE}, for reports
   * it stored nowhere. If this fails because Solr now reports the failure, Solr has fixed it.
   */
  @Test
  public void withoutTheCheckSolrAnswersThatReportsThatReachedNoLeaderWereStored()
      throws Exception {
    List<Report> reports = FixtureReports.reports().subList(4, 7);
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    try (Unreachable leader = Unreachable.leaderOf(PLAIN)) {
      try (SolrClient other = getHttpSolrClient(cluster.getJettySolrRunner(1).getBaseUrl()
          .toString())) {
        UpdateResponse response = request(reports).process(other, PLAIN);
        assertEquals(0, response.getStatus());
        assertEquals(List.of(), response.getResponseHeader().get("errors"));
        assertEquals(Integer.MAX_VALUE, response.getResponseHeader().get("rf"));
        assertEquals(List.of("Solr"), SolrIndexer.unconfirmed(response.getResponse()));
      }
      // the indexer sees that no leader confirmed them and acknowledges none
      try (CloudSolrClient client = SolrTarget.parse(cluster.getZkServer().getZkAddress())
          .connect()) {
        new SolrIndexer(client, PLAIN, 1, 10, KhabarCluster.quiet())
            .onAcknowledged(acknowledged::add).retryAfter(Duration.ofMillis(10))
            .index(reports);
      } catch (java.io.IOException commitFailed) {
        // the final commit may fail too while the leader is unreachable
      }
      assertEquals("acknowledged while no leader could store them", Set.of(), acknowledged);
    }
    cluster.getSolrClient().commit(PLAIN);
    for (Replica replica : replicas(PLAIN)) {
      Set<String> stored = idsOn(replica);
      stored.retainAll(ids(reports));
      assertEquals(replica.getName(), Set.of(), stored);
    }
  }

  private static UpdateRequest request(List<Report> reports) {
    UpdateRequest request = new UpdateRequest();
    for (Report report : reports) {
      request.add(ReportFields.of(report));
    }
    return request;
  }

  private static Set<String> ids(List<Report> reports) {
    Set<String> ids = new HashSet<>();
    reports.forEach(report -> ids.add(report.id()));
    return ids;
  }

  private static List<Replica> replicas(String collection) {
    return cluster.getSolrClient().getClusterState().getCollection(collection).getReplicas();
  }

  /** The ids in one replica's own index. */
  private static Set<String> idsOn(Replica replica) throws Exception {
    Set<String> ids = new HashSet<>();
    try (SolrClient core = getHttpSolrClient(replica.getBaseUrl(), replica.getCoreName())) {
      ModifiableSolrParams params = new ModifiableSolrParams();
      params.set("q", "*:*");
      params.set("defType", "lucene");
      params.set("distrib", false);
      params.set("fl", "id");
      params.set("rows", 1000);
      for (SolrDocument doc : new QueryRequest(params).process(core).getResults()) {
        ids.add((String) doc.getFirstValue("id"));
      }
    }
    return ids;
  }

  /**
   * Node 0, the leader of {@code collection}, with its HTTP port closed: it refuses connections
   * but keeps its ZooKeeper session, so it stays live and the leader. Closing opens the port
   * again.
   */
  private static final class Unreachable implements AutoCloseable {
    private final List<ServerConnector> connectors;
    private final int port;

    private Unreachable(JettySolrRunner node) throws Exception {
      Field field = JettySolrRunner.class.getDeclaredField("server");
      field.setAccessible(true);
      Server server = (Server) field.get(node);
      port = node.getLocalPort();
      connectors = new java.util.ArrayList<>();
      for (Connector connector : server.getConnectors()) {
        connectors.add((ServerConnector) connector);
      }
      for (ServerConnector connector : connectors) {
        connector.stop();
      }
    }

    private boolean takesConnections() {
      try (java.net.Socket socket = new java.net.Socket()) {
        socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 1000);
        return true;
      } catch (java.io.IOException refused) {
        return false;
      }
    }

    static Unreachable leaderOf(String collection) throws Exception {
      JettySolrRunner node = cluster.getJettySolrRunner(0);
      assertEquals("node 0 leads " + collection, node.getNodeName(), leaderNode(collection));
      Unreachable unreachable = new Unreachable(node);
      // once (of many runs) the port took a connection right after the connector stopped
      for (int tries = 1; unreachable.takesConnections(); tries++) {
        assertTrue("port " + unreachable.port + " still takes connections: "
            + unreachable.connectors, tries < 20);
        Thread.sleep(100);
      }
      assertEquals("node 0 still leads " + collection, node.getNodeName(),
          leaderNode(collection));
      return unreachable;
    }

    private static String leaderNode(String collection) {
      return cluster.getSolrClient().getClusterState().getCollection(collection)
          .getSlice("shard1").getLeader().getNodeName();
    }

    @Override
    public void close() throws Exception {
      for (ServerConnector connector : connectors) {
        connector.setPort(port);
        connector.start();
      }
    }
  }
}
