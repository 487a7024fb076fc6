package org.khabar.solr.plugin;

import java.util.List;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.core.SolrCore;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.response.SolrQueryResponse;
import org.apache.solr.update.processor.UpdateRequestProcessor;
import org.apache.solr.update.processor.UpdateRequestProcessorFactory;
import org.apache.solr.util.plugin.SolrCoreAware;

/**
 * Runs Khabar's analysis on every report added to a core and fills the fields the embedded
 * archive has. Parameters: {@code model} (the pipeline, {@code full}), {@code analysisVersion}
 * (the analysis schema the collection stores), {@code maxChars} (longer bodies are rejected).
 * The model is loaded once, when the core loads, and shared by every request; a model that is
 * missing or does not fit the configset, or a schema without Khabar's fields, stops the core
 * from loading with a message that says why.
 *
 * <p>Place it before {@code DistributedUpdateProcessorFactory}: it then runs once per report, on
 * the node that receives it.
 */
public class KhabarAnalysisProcessorFactory extends UpdateRequestProcessorFactory
    implements SolrCoreAware {

  /** The default longest body, in characters. */
  public static final int DEFAULT_MAX_CHARS = 1_000_000;

  private volatile KhabarModel model;
  private int maxChars = DEFAULT_MAX_CHARS;

  @Override
  public void init(NamedList<?> args) {
    Object max = args.get("maxChars");
    if (max != null) {
      maxChars = Integer.parseInt(max.toString());
    }
    try {
      model = KhabarModel.load(string(args, "model"), string(args, "analysisVersion"));
    } catch (RuntimeException e) {
      throw new SolrException(SolrException.ErrorCode.SERVER_ERROR,
          "Khabar: " + e.getMessage(), e);
    }
  }

  private static String string(NamedList<?> args, String name) {
    Object value = args.get(name);
    return value == null ? null : value.toString();
  }

  @Override
  public void inform(SolrCore core) {
    List<String> problems = SchemaCheck.problems(core.getLatestSchema());
    if (!problems.isEmpty()) {
      throw new SolrException(SolrException.ErrorCode.SERVER_ERROR, "Khabar: the schema of core "
          + core.getName() + " does not fit Khabar's update processor: "
          + String.join("; ", problems) + ". Make the collection from the khabar configset.");
    }
  }

  /** The model every processor of this core uses. */
  public KhabarModel model() {
    return model;
  }

  @Override
  public UpdateRequestProcessor getInstance(SolrQueryRequest req, SolrQueryResponse rsp,
      UpdateRequestProcessor next) {
    return new KhabarAnalysisProcessor(model, maxChars, next);
  }
}
