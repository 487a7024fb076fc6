package org.khabar.solr.plugin;

import static org.apache.solr.update.processor.DistributingUpdateProcessorFactory.DISTRIB_UPDATE_PARAM;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.ToleratedUpdateError;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.response.SolrQueryResponse;
import org.apache.solr.update.SolrCmdDistributor;
import org.apache.solr.update.processor.DistributedUpdateProcessor;
import org.apache.solr.update.processor.DistributedUpdateProcessor.DistribPhase;
import org.apache.solr.update.processor.UpdateRequestProcessor;
import org.apache.solr.update.processor.UpdateRequestProcessorFactory;

/**
 * Fails an update request, with 503, when some of its reports may have reached no shard leader,
 * so that the client sends them again instead of taking them as stored.
 *
 * <p>Why: a node that receives reports for a shard it does not lead forwards them to the leader.
 * When that forward fails without a Solr error naming the reports (the leader's node refuses the
 * connection because it is stopping, or a replica answers that it is now the leader), Solr's
 * {@code DistributedUpdateProcessor} reports the failure to the processors above it, and
 * {@code TolerantUpdateProcessor} counts only the errors that name a document: it logs "async
 * update exception is not SolrException, no metadata to process" and answers status 0 with no
 * errors. The reports are then stored nowhere, yet acknowledged ({@code NodeFailureTest} lost a
 * batch of 10 that way). This processor sits between the two and turns such a failure into an
 * error of the whole request; failures that name their reports go on to the tolerant processor
 * as before, which reports them one by one.
 *
 * <p>Place it right after {@code TolerantUpdateProcessorFactory}. It runs on the node that
 * receives a request and on a leader that receives forwarded reports; replicas skip it.
 */
public class ForwardFailureProcessorFactory extends UpdateRequestProcessorFactory
    implements UpdateRequestProcessorFactory.RunAlways {

  @Override
  public UpdateRequestProcessor getInstance(SolrQueryRequest req, SolrQueryResponse rsp,
      UpdateRequestProcessor next) {
    DistribPhase phase = DistribPhase.parseParam(req.getParams().get(DISTRIB_UPDATE_PARAM));
    if (phase == DistribPhase.FROMLEADER) {
      return next;
    }
    return new Check(next);
  }

  /** True if {@code error} names the documents it is about, as the tolerant processor needs. */
  static boolean namesItsDocuments(Throwable error) {
    if (!(error instanceof SolrException solr) || solr.getMetadata() == null) {
      return false;
    }
    NamedList<String> metadata = solr.getMetadata();
    for (int i = 0; i < metadata.size(); i++) {
      if (ToleratedUpdateError.parseMetadataIfToleratedUpdateError(metadata.getName(i),
          metadata.getVal(i)) != null) {
        return true;
      }
    }
    return false;
  }

  static final class Check extends UpdateRequestProcessor {

    Check(UpdateRequestProcessor next) {
      super(next);
    }

    @Override
    public void finish() throws IOException {
      try {
        super.finish();
      } catch (DistributedUpdateProcessor.DistributedUpdatesAsyncException e) {
        List<String> unnamed = new ArrayList<>();
        for (SolrCmdDistributor.SolrError error : e.errors) {
          if (!namesItsDocuments(error.e)) {
            unnamed.add(describe(error));
          }
        }
        if (unnamed.isEmpty()) {
          throw e;
        }
        throw new SolrException(SolrException.ErrorCode.SERVICE_UNAVAILABLE, "Khabar: "
            + unnamed.size() + " of this request's updates could not be passed on to their"
            + " shard leader (" + unnamed.get(0) + "); some of its reports may be stored"
            + " nowhere: send the request again", e);
      }
    }

    private static String describe(SolrCmdDistributor.SolrError error) {
      String to = error.req == null || error.req.node == null ? "a shard leader"
          : error.req.node.getUrl();
      Throwable cause = error.e;
      while (cause != null && cause.getCause() != null && cause.getCause() != cause) {
        cause = cause.getCause();
      }
      return to + ": " + cause;
    }
  }
}
