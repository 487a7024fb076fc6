package org.khabar.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SolrTargetTest {

  @Test
  void readsZooKeeperHostsWithAChroot() {
    SolrTarget target = SolrTarget.parse("zk1:2181, zk2:2181/solr");
    assertThat(target.zkHosts()).containsExactly("zk1:2181", "zk2:2181");
    assertThat(target.chroot()).isEqualTo("/solr");
    assertThat(target.solrUrls()).isEmpty();
    assertThat(target).hasToString("zk1:2181,zk2:2181/solr");
  }

  @Test
  void readsZooKeeperWithoutAChroot() {
    assertThat(SolrTarget.parse("127.0.0.1:9983").chroot()).isNull();
    assertThat(SolrTarget.parse("127.0.0.1:9983/").chroot()).isNull();
  }

  @Test
  void readsSolrUrls() {
    SolrTarget target = SolrTarget.parse("http://a:8983/solr/,https://b:8983/solr");
    assertThat(target.solrUrls()).containsExactly("http://a:8983/solr", "https://b:8983/solr");
    assertThat(target.zkHosts()).isEmpty();
  }

  @Test
  void refusesWhatIsNeither() {
    assertThatThrownBy(() -> SolrTarget.parse(" ")).hasMessageContaining("--solr needs");
    assertThatThrownBy(() -> SolrTarget.parse("solr server"))
        .hasMessageContaining("\"solr server\" is neither");
    assertThat(List.of(SolrTarget.parse("localhost:2181").zkHosts())).hasSize(1);
  }
}
