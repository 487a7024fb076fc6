package org.khabar.solr;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.LBSolrClient;
import org.apache.solr.common.util.NamedList;
import org.junit.jupiter.api.Test;

class SolrIndexerTest {

  private static NamedList<Object> answer(Integer rf) {
    NamedList<Object> header = new NamedList<>();
    header.add("status", 0);
    if (rf != null) {
      header.add("rf", rf);
    }
    NamedList<Object> answer = new NamedList<>();
    answer.add("responseHeader", header);
    return answer;
  }

  @Test
  void aShardWhoseLeaderNeverAnsweredIsUnconfirmedEvenIfAnotherWasWritten() {
    NamedList<NamedList<?>> routes = new NamedList<>();
    routes.add("http://a/solr/c_shard1_replica_n1/", answer(2));
    routes.add("http://b/solr/c_shard2_replica_n2/", answer(Integer.MAX_VALUE));
    CloudSolrClient.RouteResponse<LBSolrClient.Req> response = new CloudSolrClient.RouteResponse<>();
    response.addAll(answer(2)); // the client's summary has the smallest rf
    response.setRouteResponses(routes);
    assertThat(SolrIndexer.unconfirmed(response))
        .containsExactly("http://b/solr/c_shard2_replica_n2/");
  }

  @Test
  void aSingleAnswerIsUnconfirmedOnlyIfNoLeaderAnswered() {
    assertThat(SolrIndexer.unconfirmed(answer(Integer.MAX_VALUE))).containsExactly("Solr");
    assertThat(SolrIndexer.unconfirmed(answer(1))).isEmpty();
    // every report rejected before it reached a leader: nothing to confirm
    assertThat(SolrIndexer.unconfirmed(answer(null))).isEmpty();
  }
}
