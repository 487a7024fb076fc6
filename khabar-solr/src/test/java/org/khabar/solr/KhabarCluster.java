package org.khabar.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.khabar.UrduPipeline;
import org.khabar.archive.Archive;
import org.khabar.archive.ArchiveException;
import org.khabar.archive.Indexer;
import org.khabar.io.Report;
import org.khabar.lucene.UrduAnalyzer;

/** What the cluster tests and the evaluation share: the configset, collections, archives. */
public final class KhabarCluster {

  /** The configset's name in ZooKeeper. */
  public static final String CONFIG = "khabar";

  private KhabarCluster() {}

  /** The configset folder ({@code conf}) in the source tree. */
  public static Path configset() {
    String given = System.getProperty("khabar.configset");
    Path path = given != null ? Path.of(given)
        : Path.of("khabar-solr/src/main/solr/configsets/khabar/conf");
    if (!Files.isRegularFile(path.resolve("solrconfig.xml"))) {
      throw new IllegalStateException("no configset at " + path.toAbsolutePath()
          + "; set -Dkhabar.configset=.../khabar-solr/src/main/solr/configsets/khabar/conf");
    }
    return path;
  }

  /** Creates {@code name} with {@code shards} shards of {@code replicas} replicas each. */
  public static void createCollection(SolrClient admin, String name, String config, int shards,
      int replicas) throws Exception {
    CollectionAdminRequest.createCollection(name, config, shards, replicas).process(admin);
  }

  /** An embedded archive of {@code reports} in {@code folder}, indexed on two threads. */
  public static Indexer.Summary buildArchive(Path folder, List<Report> reports)
      throws IOException, ArchiveException {
    try (Archive archive = Archive.open(folder, Archive.Mode.WRITE, analyzer())) {
      return new Indexer(archive, UrduPipeline.full(), 2, 100_000, quiet()).index(reports);
    }
  }

  public static Analyzer analyzer() {
    return new UrduAnalyzer();
  }

  /** A listener that keeps quiet. */
  public static Indexer.Listener quiet() {
    return new Indexer.Listener() {
      @Override
      public void progress(long done, long skipped) {}

      @Override
      public void skipped(String problem) {}
    };
  }
}
