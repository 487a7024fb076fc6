package org.khabar.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.khabar.UrduPipeline;
import org.khabar.normalize.NormalizedText;
import org.khabar.normalize.NormalizerStage;
import org.khabar.sentence.Sentence;
import org.khabar.sentence.SentenceStage;
import org.khabar.text.Document;
import org.khabar.text.Key;
import org.khabar.tokenize.Token;
import org.khabar.tokenize.TokenizerStage;

class PipelineTest {

  private static final Key<String> SHOUT = Key.of("shout", String.class);

  /** A stage that needs the sentences and adds a note. */
  private static final class ShoutStage implements Stage {
    @Override
    public String name() {
      return "shout";
    }

    @Override
    public Set<Key<?>> requires() {
      return Set.of(Sentence.LAYER);
    }

    @Override
    public Set<Key<?>> produces() {
      return Set.of(SHOUT);
    }

    @Override
    public Document apply(Document document) {
      return document.with(SHOUT, document.get(Sentence.LAYER).size() + " sentences");
    }
  }

  @Test
  void buildRejectsAStageWhoseRequirementsNoEarlierStageProduces() {
    Pipeline.Builder builder =
        Pipeline.builder().add(new NormalizerStage()).add(new SentenceStage());
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sentences")
        .hasMessageContaining("tokens");
  }

  @Test
  void buildRejectsStagesInTheWrongOrder() {
    Pipeline.Builder builder =
        Pipeline.builder().add(new TokenizerStage()).add(new NormalizerStage());
    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void stagesRunInOrderAndEachAddsItsLayers() {
    Pipeline pipeline =
        Pipeline.builder()
            .add(new NormalizerStage())
            .add(new TokenizerStage())
            .add(new SentenceStage())
            .add(new ShoutStage())
            .build();
    Document document = pipeline.apply(Document.of("d", "بارش ہوئی۔ سڑکیں بند ہیں۔"));
    assertThat(document.get(SHOUT)).isEqualTo("2 sentences");
    assertThat(pipeline.produces())
        .containsExactlyInAnyOrder(NormalizedText.KEY, Token.LAYER, Sentence.LAYER, SHOUT);
    assertThat(pipeline.stages()).extracting(Stage::name)
        .containsExactly("normalize", "tokenize", "sentences", "shout");
  }

  @Test
  void runningAPipelineTwiceOnItsOwnOutputFailsInsteadOfReplacingLayers() {
    Pipeline pipeline = UrduPipeline.tokens();
    Document once = pipeline.apply(Document.of("d", "خبر"));
    assertThatThrownBy(() -> pipeline.apply(once)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void standardPipelinesProduceTokensAndSentences() {
    assertThat(UrduPipeline.tokens().produces()).contains(Token.LAYER, Sentence.LAYER);
    assertThat(UrduPipeline.full().produces()).contains(Token.LAYER, Sentence.LAYER);
  }
}
