package org.khabar;

import java.util.List;
import org.khabar.entity.EntityFinder;
import org.khabar.entity.EntityStage;
import org.khabar.ner.NerTagger;
import org.khabar.normalize.NormalizerStage;
import org.khabar.pipeline.Pipeline;
import org.khabar.sentence.SentenceStage;
import org.khabar.tokenize.TokenizerStage;

/** The standard Khabar pipelines, assembled from their stages. */
public final class UrduPipeline {

  private UrduPipeline() {}

  /** Normalization, tokens and sentences. */
  public static Pipeline tokens() {
    return Pipeline.builder()
        .add(new NormalizerStage())
        .add(new TokenizerStage())
        .add(new SentenceStage())
        .build();
  }

  /**
   * Everything Khabar knows how to find in a report. Loads the named-entity model on first use;
   * fails with an {@link org.khabar.ner.NerModelException} if it is missing or corrupt.
   */
  public static Pipeline full() {
    return withEntities(new NerTagger(org.khabar.ner.NerModel.builtIn()));
  }

  /** Tokens, sentences and the entities found by {@code model} and the grammars. */
  public static Pipeline withEntities(EntityFinder model) {
    return Pipeline.builder()
        .add(new NormalizerStage())
        .add(new TokenizerStage())
        .add(new SentenceStage())
        .add(new EntityStage(model, grammars()))
        .build();
  }

  /** The grammar finders for numbers, dates and times (none yet: the value grammar plugs in here). */
  static List<EntityFinder> grammars() {
    return List.of();
  }
}
