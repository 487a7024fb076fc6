package org.khabar.solr.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.util.List;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.ToleratedUpdateError;
import org.apache.solr.common.ToleratedUpdateError.CmdType;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.update.SolrCmdDistributor;
import org.apache.solr.update.processor.DistributedUpdateProcessor.DistributedUpdatesAsyncException;
import org.apache.solr.update.processor.UpdateRequestProcessor;
import org.junit.jupiter.api.Test;

class ForwardFailureProcessorFactoryTest {

  /** The check above a processor whose finish throws {@code thrown}, as Solr's DUP does. */
  private static UpdateRequestProcessor checkAbove(RuntimeException thrown) {
    UpdateRequestProcessor distributed = new UpdateRequestProcessor(null) {
      @Override
      public void finish() {
        if (thrown != null) {
          throw thrown;
        }
      }
    };
    return new ForwardFailureProcessorFactory.Check(distributed);
  }

  private static SolrCmdDistributor.SolrError error(Exception e) {
    SolrCmdDistributor.SolrError error = new SolrCmdDistributor.SolrError();
    error.e = e;
    return error;
  }

  /** A leader's error that names a report it rejected, as its tolerant processor makes it. */
  private static SolrException namingReport(String id) {
    SolrException e = new SolrException(SolrException.ErrorCode.BAD_REQUEST, "bad " + id);
    ToleratedUpdateError named = new ToleratedUpdateError(CmdType.ADD, id, "bad " + id);
    NamedList<String> metadata = new NamedList<>();
    metadata.add(named.getMetadataKey(), named.getMetadataValue());
    e.setMetadata(metadata);
    return e;
  }

  @Test
  void aForwardThatCouldNotConnectFailsTheRequest() {
    DistributedUpdatesAsyncException refused = new DistributedUpdatesAsyncException(List.of(
        error(new IOException(new ConnectException("Connection refused")))));
    assertThatThrownBy(() -> checkAbove(refused).finish())
        .isInstanceOfSatisfying(SolrException.class, e -> {
          assertThat(e.code()).isEqualTo(503);
          assertThat(e).isNotInstanceOf(DistributedUpdatesAsyncException.class);
          assertThat(e.getMessage()).contains("shard leader", "Connection refused");
        });
  }

  @Test
  void aSolrErrorThatNamesNoReportFailsTheRequest() {
    SolrException leaderChanged = new SolrException(SolrException.ErrorCode.INVALID_STATE,
        "Request says it is coming from leader, but we are the leader");
    leaderChanged.setMetadata("cause", "LeaderChanged");
    DistributedUpdatesAsyncException e = new DistributedUpdatesAsyncException(List.of(
        error(namingReport("r1")), error(leaderChanged)));
    assertThatThrownBy(() -> checkAbove(e).finish())
        .isInstanceOfSatisfying(SolrException.class, thrown -> {
          assertThat(thrown.code()).isEqualTo(503);
          assertThat(thrown.getMessage()).contains("1 of this request's updates");
        });
  }

  @Test
  void errorsThatNameTheirReportsGoOnToTheTolerantProcessor() {
    DistributedUpdatesAsyncException e = new DistributedUpdatesAsyncException(List.of(
        error(namingReport("r1")), error(namingReport("r2"))));
    assertThatThrownBy(() -> checkAbove(e).finish()).isSameAs(e);
  }

  @Test
  void otherFailuresAndSuccessPassUntouched() {
    SolrException other = new SolrException(SolrException.ErrorCode.SERVER_ERROR, "disk full");
    assertThatThrownBy(() -> checkAbove(other).finish()).isSameAs(other);
    assertThatCode(() -> checkAbove(null).finish()).doesNotThrowAnyException();
  }
}
