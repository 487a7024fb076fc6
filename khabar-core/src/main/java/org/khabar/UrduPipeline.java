package org.khabar;

import org.khabar.coref.ClusterStage;
import org.khabar.dateline.DatelineStage;
import org.khabar.entity.NoEntityStage;
import org.khabar.normalize.NormalizerStage;
import org.khabar.pipeline.Pipeline;
import org.khabar.quote.AttributionStage;
import org.khabar.quote.StatementStage;
import org.khabar.sentence.SentenceStage;
import org.khabar.tokenize.TokenizerStage;

/** The standard Khabar pipelines, assembled from their stages. */
public final class UrduPipeline {

  private UrduPipeline() {}

  /** Normalization, tokens and sentences. */
  public static Pipeline tokens() {
    return tokenStages().build();
  }

  private static Pipeline.Builder tokenStages() {
    return Pipeline.builder()
        .add(new NormalizerStage())
        .add(new TokenizerStage())
        .add(new SentenceStage());
  }

  /** Everything Khabar knows how to find in a report. */
  public static Pipeline full() {
    Pipeline.Builder builder = tokenStages();
    builder.add(new NoEntityStage()); // entity stage placeholder: the NER branch puts EntityStage here
    return withStatements(builder).build();
  }

  /**
   * Appends the dateline, quotation, cluster and statement stages to a pipeline that already
   * produces tokens, sentences and the entity layer.
   */
  public static Pipeline.Builder withStatements(Pipeline.Builder builder) {
    return builder
        .add(new DatelineStage())
        .add(new AttributionStage())
        .add(new ClusterStage())
        .add(new StatementStage());
  }
}
