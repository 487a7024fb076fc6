package org.khabar.solr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.apache.solr.SolrTestCaseJ4;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.apache.solr.client.solrj.response.RequestStatusState;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * A collection whose configset asks for a model the plugin does not have, for analyses of
 * another schema version, or lacks a field Khabar fills, fails to load its cores, with a
 * message that says why; the khabar configset itself loads.
 */
@SolrTestCaseJ4.SuppressSSL(bugUrl = "not needed: the cluster only serves this JVM")
public class CoreLoadFailureTest extends SolrCloudTestCase {

  @BeforeClass
  public static void setUpCluster() throws Exception {
    Path base = createTempDir("configsets");
    configureCluster(1)
        .addConfig(KhabarCluster.CONFIG, KhabarCluster.configset())
        .addConfig("no-model", variant(base, "no-model", "solrconfig.xml",
            xml -> xml.replace("<str name=\"model\">full</str>",
                "<str name=\"model\">urdu-large</str>")))
        .addConfig("old-analysis", variant(base, "old-analysis", "solrconfig.xml",
            xml -> xml.replaceAll("<str name=\"analysisVersion\">[0-9.]+</str>",
                "<str name=\"analysisVersion\">2.0</str>")))
        .addConfig("no-person", variant(base, "no-person", "managed-schema.xml",
            xml -> xml.replaceAll("\\s*<field name=\"person\"[^>]*/>", "")
                .replaceAll("\\s*<copyField source=\"person\"[^>]*/>", "")))
        .configure();
  }

  /** A copy of the khabar configset with {@code file} changed by {@code change}. */
  private static Path variant(Path base, String name, String file, UnaryOperator<String> change)
      throws Exception {
    Path conf = Files.createDirectories(base.resolve(name).resolve("conf"));
    try (var files = Files.list(KhabarCluster.configset())) {
      for (Path source : files.toList()) {
        Files.copy(source, conf.resolve(source.getFileName().toString()));
      }
    }
    String text = Files.readString(conf.resolve(file), StandardCharsets.UTF_8);
    String changed = change.apply(text);
    assertNotEquals("the variant " + name + " changes " + file, text, changed);
    Files.writeString(conf.resolve(file), changed, StandardCharsets.UTF_8);
    return conf;
  }

  /**
   * Why creating a collection from {@code config} failed, as the collections API reports each
   * node's failure to load its core; null if the collection was created.
   */
  private static String createError(String collection, String config) throws Exception {
    String asyncId = "create-" + collection;
    CollectionAdminRequest.createCollection(collection, config, 1, 1)
        .processAsync(asyncId, cluster.getSolrClient());
    for (int tries = 0; tries < 600; tries++) {
      var status = CollectionAdminRequest.requestStatus(asyncId)
          .process(cluster.getSolrClient());
      if (status.getRequestStatus() == RequestStatusState.COMPLETED) {
        return null;
      }
      if (status.getRequestStatus() == RequestStatusState.FAILED) {
        return status.getResponse().toString();
      }
      Thread.sleep(200);
    }
    throw new AssertionError("creating " + collection + " neither failed nor finished");
  }

  @Test
  public void testTheKhabarConfigsetLoads() throws Exception {
    assertNull(createError("good", KhabarCluster.CONFIG));
    cluster.waitForActiveCollection("good", 1, 1);
  }

  @Test
  public void testAMissingModelStopsTheCoreWithAClearMessage() throws Exception {
    String error = createError("missing-model", "no-model");
    assertNotNull(error);
    assertTrue(error, error.contains("there is no Khabar model \"urdu-large\" in this plugin"
        + " (it has: full)"));
  }

  @Test
  public void testAnIncompatibleModelStopsTheCoreWithAClearMessage() throws Exception {
    String error = createError("incompatible", "old-analysis");
    assertNotNull(error);
    assertTrue(error, error.contains("the configset stores Khabar analyses of version 2.0 but"
        + " this plugin writes version " + org.khabar.json.AnalysisJson.VERSION));
  }

  @Test
  public void testASchemaWithoutKhabarsFieldsStopsTheCoreWithAClearMessage()
      throws Exception {
    String error = createError("no-person", "no-person");
    assertNotNull(error);
    assertTrue(error, error.contains("does not fit Khabar's update processor: there is no"
        + " field \"person\""));
  }
}
