package org.khabar.solr;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.solr.SolrTestCaseJ4;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.BeforeClass;
import org.junit.Test;
import org.khabar.archive.Indexer;
import org.khabar.archive.SearchRequest;
import org.khabar.archive.SearchResponse;
import org.khabar.io.Report;

/**
 * A node stops while reports are being indexed, and comes back: every report Solr acknowledged
 * is found afterwards, on every replica of its shard, and searches keep working while the node
 * is down.
 */
@SolrTestCaseJ4.SuppressSSL(bugUrl = "not needed: the cluster only serves this JVM")
public class NodeFailureTest extends SolrCloudTestCase {

  private static final String COLLECTION = "failover";
  private static final int REPORTS = 300;

  @BeforeClass
  public static void setUpCluster() throws Exception {
    configureCluster(2).addConfig(KhabarCluster.CONFIG, KhabarCluster.configset()).configure();
    KhabarCluster.createCollection(cluster.getSolrClient(), COLLECTION, KhabarCluster.CONFIG, 2,
        2);
    cluster.waitForActiveCollection(COLLECTION, 2, 4);
  }

  @Test
  public void testAcknowledgedReportsSurviveANodeGoingDownAndComingBack() throws Exception {
    List<Report> reports = MixedReports.of(FixtureReports.reports(), REPORTS - 29, 11);
    List<Report> before = reports.subList(0, 100);
    List<Report> during = reports.subList(100, REPORTS);
    List<String> queries = List.of("پاکستان", "کرکٹ", "وزیراعظم");
    JettySolrRunner victim = cluster.getJettySolrRunner(1);
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    try (CloudSolrClient client = SolrTarget.parse(cluster.getZkServer().getZkAddress())
        .connect(); SolrBackend solr = new SolrBackend(client, COLLECTION)) {
      Indexer.Summary first = new SolrIndexer(client, COLLECTION, 2, 10, KhabarCluster.quiet())
          .onAcknowledged(acknowledged::add).index(before);
      assertEquals(100, first.indexed());
      List<SearchResponse> answersBefore = new ArrayList<>();
      for (String query : queries) {
        answersBefore.add(solr.search(SearchRequest.of(query)));
      }
      List<SearchResponse> answersWhileDown = new ArrayList<>();
      // the node stops after 20 more reports were handed to the indexer, with batches in flight;
      // after 100 more, the same searches run again with the node still down
      Iterable<Report> stream = () -> new Iterator<>() {
        private int next;

        @Override
        public boolean hasNext() {
          return next < during.size();
        }

        @Override
        public Report next() {
          try {
            if (next == 20) {
              cluster.stopJettySolrRunner(victim);
              cluster.waitForJettyToStop(victim);
            } else if (next == 120) {
              for (String query : queries) {
                answersWhileDown.add(solr.search(SearchRequest.of(query)));
              }
            }
          } catch (Exception e) {
            throw new AssertionError("with one node down: " + e, e);
          }
          return during.get(next++);
        }
      };
      Indexer.Summary second = new SolrIndexer(client, COLLECTION, 2, 10,
          KhabarCluster.quiet()).onAcknowledged(acknowledged::add)
          .retryAfter(Duration.ofSeconds(1)).index(stream);
      assertEquals(during.size(), second.indexed() + second.skipped());
      assertEquals(first.indexed() + second.indexed(), acknowledged.size());
      assertTrue("most reports are acknowledged: " + second, second.indexed() > 150);
      assertEquals(queries.size(), answersWhileDown.size());
      for (int i = 0; i < queries.size(); i++) {
        assertTrue(queries.get(i), answersBefore.get(i).total() > 0);
        assertEquals("searches with one node down answer as before: " + queries.get(i),
            List.of(), Comparison.differences(answersBefore.get(i), answersWhileDown.get(i)));
      }

      cluster.startJettySolrRunner(victim);
      cluster.waitForActiveCollection(COLLECTION, 2, 4);
      // a replica back from recovery may open its searcher a little after it is active: ask
      // again (committing each time) until every replica shows what it holds, for at most 60 s
      Layout layout = null;
      for (int tries = 0; tries < 60; tries++) {
        client.commit(COLLECTION);
        layout = layout();
        if (layout.consistent() && layout.all().containsAll(acknowledged)) {
          break;
        }
        Thread.sleep(1000);
      }
      Set<String> lost = new HashSet<>(acknowledged);
      lost.removeAll(layout.all());
      assertEquals("acknowledged but on no replica; " + layout, Set.of(), lost);
      assertTrue("the replicas of each shard hold the same reports; " + layout,
          layout.consistent());
      assertEquals(layout.toString(), acknowledged.size(), solr.size());
      for (String id : acknowledged) {
        assertTrue(id, solr.report(id).isPresent());
      }
      assertEquals(acknowledged, layout.all());
    }
  }

  /** The reports on each replica, as each replica's own index has them. */
  private record Layout(Map<String, Set<String>> byReplica, Map<String, String> shardOf) {

    /** True if the replicas of each shard hold the same reports. */
    boolean consistent() {
      Map<String, Set<String>> byShard = new HashMap<>();
      for (Map.Entry<String, Set<String>> replica : byReplica.entrySet()) {
        Set<String> first = byShard.putIfAbsent(shardOf.get(replica.getKey()),
            replica.getValue());
        if (first != null && !first.equals(replica.getValue())) {
          return false;
        }
      }
      return true;
    }

    Set<String> all() {
      Set<String> all = new HashSet<>();
      byReplica.values().forEach(all::addAll);
      return all;
    }

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder();
      byReplica.forEach((replica, ids) -> text.append(shardOf.get(replica)).append('/')
          .append(replica).append(": ").append(ids.size()).append(" reports; "));
      return text.toString();
    }
  }

  private static Layout layout() throws Exception {
    Map<String, Set<String>> byReplica = new TreeMap<>();
    Map<String, String> shardOf = new HashMap<>();
    DocCollection collection = cluster.getSolrClient().getClusterState()
        .getCollection(COLLECTION);
    for (Slice shard : collection.getSlices()) {
      for (Replica replica : shard.getReplicas()) {
        byReplica.put(replica.getName(), idsOn(replica));
        shardOf.put(replica.getName(), shard.getName());
      }
    }
    return new Layout(byReplica, shardOf);
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
      params.set("rows", REPORTS * 2);
      for (SolrDocument doc : new QueryRequest(params).process(core).getResults()) {
        ids.add((String) doc.getFirstValue("id"));
      }
    }
    return ids;
  }
}
