package org.khabar;

import org.khabar.coref.ClusterStage;
import org.khabar.dateline.DatelineStage;
import org.khabar.dateline.ReportDateStage;
import org.khabar.entity.EntityFinder;
import org.khabar.entity.EntityStage;
import org.khabar.ner.NerModel;
import org.khabar.ner.NerTagger;
import org.khabar.normalize.NormalizerStage;
import org.khabar.pipeline.Pipeline;
import org.khabar.quote.AttributionStage;
import org.khabar.quote.StatementStage;
import org.khabar.sentence.SentenceStage;
import org.khabar.tokenize.TokenizerStage;
import org.khabar.value.ValueStage;

/** The standard Khabar pipelines, assembled from their stages. */
public final class UrduPipeline {

  private UrduPipeline() {}

  /** Normalization, tokens and sentences. */
  public static Pipeline tokens() {
    return tokenStages(false).build();
  }

  /**
   * Normalization, tokens with glued words as written, and sentences: the text the statistical
   * models learn from (see {@link org.khabar.tokenize.UrduTokenizer#tokenizeAsWritten}).
   */
  public static Pipeline tokensAsWritten() {
    return tokenStages(true).build();
  }

  private static Pipeline.Builder tokenStages(boolean asWritten) {
    return Pipeline.builder()
        .add(new NormalizerStage())
        .add(new TokenizerStage(asWritten))
        .add(new SentenceStage());
  }

  /**
   * Everything Khabar knows how to find in a report. Loads the named-entity model on first use;
   * fails with an {@link org.khabar.ner.NerModelException} if it is missing or corrupt.
   */
  public static Pipeline full() {
    return full(new NerTagger(NerModel.builtIn()));
  }

  /** Everything, with the entities found by {@code model} (a test's hand-made entities, say). */
  public static Pipeline full(EntityFinder model) {
    return withStatements(entityStages(model)).build();
  }

  /**
   * Tokens, sentences, the report's date (its metadata's, else its dateline's), the entities
   * found by {@code model}, and the value expressions.
   */
  public static Pipeline withEntities(EntityFinder model) {
    return entityStages(model).build();
  }

  private static Pipeline.Builder entityStages(EntityFinder model) {
    return tokenStages(false)
        .add(new ReportDateStage())
        .add(new ValueStage())
        .add(new EntityStage(model));
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
