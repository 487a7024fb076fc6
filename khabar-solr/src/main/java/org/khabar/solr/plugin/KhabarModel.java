package org.khabar.solr.plugin;

import java.util.Map;
import java.util.function.Supplier;
import org.khabar.UrduPipeline;
import org.khabar.io.Report;
import org.khabar.json.AnalysisJson;
import org.khabar.pipeline.Pipeline;
import org.khabar.text.Document;

/**
 * Khabar's analysis as a Solr core uses it: a pipeline chosen by name, with its word lists and
 * models loaded once and checked on a sample report, and the analysis schema it writes checked
 * against the one the core's configset stores. {@link #analyse} is safe from many threads (the
 * pipeline's stages keep no state between reports).
 */
public final class KhabarModel {

  /** The models this plugin has, by the name a configset gives. */
  static final Map<String, Supplier<Pipeline>> MODELS = Map.of("full", UrduPipeline::full);

  /** A short report every model must analyse before a core takes reports. */
  static final Report SAMPLE = new Report("khabar-model-check", "روحانی اور پوتین کا خیرمقدم",
      "تہران (جیوڈیسک) ایران کے صدر حسن روحانی نے کہا ہے کہ حلب میں فتح اہم ہے۔", null, null,
      Map.of());

  private final String name;
  private final Pipeline pipeline;

  private KhabarModel(String name, Pipeline pipeline) {
    this.name = name;
    this.pipeline = pipeline;
  }

  /**
   * Loads model {@code name} for a configset that stores analyses of schema version {@code
   * analysisVersion}; fails with a message that says what is wrong and what to do.
   */
  public static KhabarModel load(String name, String analysisVersion) {
    checkVersion(analysisVersion);
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("the Khabar update processor needs a \"model\""
          + " parameter; this plugin has: " + String.join(", ", MODELS.keySet()));
    }
    Supplier<Pipeline> supplier = MODELS.get(name);
    if (supplier == null) {
      throw new IllegalArgumentException("there is no Khabar model \"" + name + "\" in this"
          + " plugin (it has: " + String.join(", ", MODELS.keySet()) + "); fix \"model\" in"
          + " the configset's solrconfig.xml or install the plugin that has it");
    }
    Pipeline pipeline;
    try {
      pipeline = supplier.get();
      pipeline.apply(SAMPLE.toDocument());
    } catch (RuntimeException | LinkageError e) {
      throw new IllegalStateException("the Khabar model \"" + name + "\" could not be loaded ("
          + e + "); is khabar-solr-plugin.jar, with its word lists, in SOLR_HOME/lib?", e);
    }
    return new KhabarModel(name, pipeline);
  }

  /** A model over a pipeline of one's own, for tests. */
  static KhabarModel of(String name, Pipeline pipeline) {
    return new KhabarModel(name, pipeline);
  }

  /** Fails unless this plugin writes analyses a collection of {@code wanted} can store. */
  static void checkVersion(String wanted) {
    if (wanted == null || wanted.isBlank()) {
      throw new IllegalArgumentException("the Khabar update processor needs an"
          + " \"analysisVersion\" parameter: the analysis schema version the collection stores"
          + " (this plugin writes " + AnalysisJson.VERSION + ")");
    }
    if (!major(wanted).equals(major(AnalysisJson.VERSION))) {
      throw new IllegalArgumentException("the configset stores Khabar analyses of version "
          + wanted + " but this plugin writes version " + AnalysisJson.VERSION + "; install the"
          + " plugin that goes with the configset, or upload the configset that comes with this"
          + " plugin into a new collection and index the reports again");
    }
  }

  private static String major(String version) {
    int dot = version.indexOf('.');
    return (dot < 0 ? version : version.substring(0, dot)).strip();
  }

  public String name() {
    return name;
  }

  /** The analysis of {@code report}. */
  public Document analyse(Report report) {
    return pipeline.apply(report.toDocument());
  }
}
