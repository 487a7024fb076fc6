package org.khabar;

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

  /** Everything Khabar knows how to find in a report. */
  public static Pipeline full() {
    return tokens();
  }
}
