package org.khabar.app.cli;

import org.khabar.solr.SolrBackend;
import org.khabar.solr.SolrTarget;
import picocli.CommandLine.Option;

/** Which SolrCloud collection a command works on, instead of an embedded archive. */
final class SolrOptions {

  @Option(names = "--solr", paramLabel = "ZK_OR_URL",
      description = "Use a SolrCloud collection made from the khabar configset instead of an"
          + " archive: ZooKeeper (zk1:2181,zk2:2181/solr) or Solr's URL"
          + " (http://localhost:8983/solr).")
  String solr;

  @Option(names = "--collection", paramLabel = "NAME",
      description = "The SolrCloud collection (default: $KHABAR_COLLECTION, else khabar).")
  String collection;

  boolean enabled() {
    return solr != null;
  }

  SolrTarget target() {
    // SolrJ logs through SLF4J, which this command line does not bind: keep SLF4J from saying
    // so on every run (its own errors still show)
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    return SolrTarget.parse(solr);
  }

  String collection() {
    if (collection != null) {
      return collection;
    }
    String env = System.getenv("KHABAR_COLLECTION");
    return env != null && !env.isBlank() ? env : "khabar";
  }

  SolrBackend connect() {
    return SolrBackend.connect(target(), collection());
  }
}
