package org.khabar.solr;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.solr.client.solrj.impl.CloudLegacySolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;

/**
 * Where a SolrCloud cluster is, as given on the command line: either ZooKeeper ({@code
 * zk1:2181,zk2:2181/solr}, with an optional chroot) or Solr nodes ({@code
 * http://host:8983/solr}, several separated by commas).
 *
 * @param zkHosts ZooKeeper's {@code host:port}s, or empty
 * @param chroot ZooKeeper's chroot ({@code /solr}), or null
 * @param solrUrls base URLs of Solr nodes, or empty
 */
public record SolrTarget(List<String> zkHosts, String chroot, List<String> solrUrls) {

  public SolrTarget {
    zkHosts = List.copyOf(zkHosts);
    solrUrls = List.copyOf(solrUrls);
  }

  /** Reads {@code text}: Solr URLs if it starts with {@code http}, else ZooKeeper hosts. */
  public static SolrTarget parse(String text) {
    String value = text == null ? "" : text.strip();
    if (value.isEmpty()) {
      throw new IllegalArgumentException("--solr needs ZooKeeper's host:port (zk1:2181/solr)"
          + " or a Solr URL (http://localhost:8983/solr)");
    }
    if (value.startsWith("http://") || value.startsWith("https://")) {
      List<String> urls = split(value).stream()
          .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url).toList();
      return new SolrTarget(List.of(), null, urls);
    }
    int slash = value.indexOf('/');
    String hosts = slash < 0 ? value : value.substring(0, slash);
    String chroot = slash < 0 ? null : value.substring(slash);
    List<String> zk = split(hosts);
    for (String host : zk) {
      if (!host.matches("[\\w.\\-\\[\\]:]+")) {
        throw new IllegalArgumentException("\"" + host + "\" is neither ZooKeeper's host:port"
            + " nor a Solr URL starting with http://");
      }
    }
    return new SolrTarget(zk, chroot == null || chroot.equals("/") ? null : chroot, List.of());
  }

  private static List<String> split(String text) {
    return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * A client of the cluster, which the caller closes. It sends each report to the leader of
   * its shard, which analyses it and forwards it to the other replicas (sending to any replica
   * would spread analysis further, but in {@code NodeFailureTest} a batch sent to a node that
   * was being stopped was once acknowledged and then lost). It uses Apache HttpClient, not
   * Jetty's client, so that it sits beside a Jetty 12 server in one program.
   */
  @SuppressWarnings("deprecation") // the HTTP/2 client would bring Jetty 10 into the program
  public CloudSolrClient connect() {
    CloudLegacySolrClient.Builder builder = zkHosts.isEmpty()
        ? new CloudLegacySolrClient.Builder(solrUrls)
        : new CloudLegacySolrClient.Builder(zkHosts, Optional.ofNullable(chroot));
    return builder.sendUpdatesOnlyToShardLeaders().build();
  }

  @Override
  public String toString() {
    return zkHosts.isEmpty() ? String.join(",", solrUrls)
        : String.join(",", zkHosts) + (chroot == null ? "" : chroot);
  }
}
