package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.UrduPipeline;
import org.khabar.text.Document;
import org.khabar.tokenize.Token;

/**
 * Two conventions that disagree on «ایک»: one tags it as a NUMBER, the other never does. A model
 * with a layer per convention learns both and decodes in the one asked for.
 */
class ConventionLayersTest {

  private static TrainingSentence in(String convention, String markup) {
    TrainingSentence s = TrainingFixtures.sentence(markup, TrainingFixtures.ALL);
    return new TrainingSentence(s.tokens(), s.labels(), 1f, convention, null);
  }

  private static List<TrainingSentence> sentences() {
    List<TrainingSentence> sentences = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      sentences.add(in("counts", "اس نے [NUMBER ایک] کتاب پڑھی"));
      sentences.add(in("counts", "[NUMBER ایک] آدمی آیا"));
      sentences.add(in("words", "اس نے ایک کتاب پڑھی"));
      sentences.add(in("words", "ایک آدمی آیا"));
      sentences.add(in("words", "[PERSON حسن روحانی] نے کہا"));
    }
    return sentences;
  }

  private static NerModel train(PerceptronTrainer.Conditioning conditioning, int runs) {
    PerceptronTrainer.Options options =
        new PerceptronTrainer.Options(6, 3L, 1, 0f, conditioning, "words", runs);
    return new PerceptronTrainer(Gazetteer.empty(), WordClusters.empty(), options)
        .train(sentences(), null);
  }

  private static String tagOfOne(NerModel model) {
    List<Token> tokens =
        UrduPipeline.tokens().apply(Document.of("t", "ایک کتاب")).get(Token.LAYER);
    return TagSet.name(model.tag(tokens)[0]);
  }

  private static byte[] bytes(NerModel model) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    return out.toByteArray();
  }

  @Test
  void eachConventionDecodesItsOwnWay() {
    NerModel model = train(PerceptronTrainer.Conditioning.LEXICAL, 1);
    assertThat(model.conventions()).containsExactly("counts", "words");
    assertThat(model.convention()).isEqualTo("words");
    assertThat(tagOfOne(model)).isEqualTo("O");
    assertThat(tagOfOne(model.inConvention("counts"))).isEqualTo("U-NUMBER");
    assertThat(model.inConvention("counts").inConvention("words").convention())
        .isEqualTo("words");
  }

  @Test
  void biasAndTransitionsAloneAlsoTellThemApart() {
    NerModel model = train(PerceptronTrainer.Conditioning.BIAS, 1);
    assertThat(model.conventions()).containsExactly("counts", "words");
  }

  @Test
  void withoutConditioningThereAreNoConventions() {
    NerModel model = train(PerceptronTrainer.Conditioning.NONE, 1);
    assertThat(model.conventions()).isEmpty();
    assertThat(model.convention()).isNull();
    assertThat(model.inConvention("counts")).isSameAs(model);
  }

  @Test
  void anUnknownConventionIsRefused() {
    NerModel model = train(PerceptronTrainer.Conditioning.LEXICAL, 1);
    assertThatThrownBy(() -> model.inConvention("nosuch"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("counts, words");
  }

  @Test
  void theLayersAreWrittenAndReadBack() throws IOException {
    NerModel model = train(PerceptronTrainer.Conditioning.LEXICAL, 2);
    byte[] written = bytes(model);
    NerModel read = NerModel.read(new ByteArrayInputStream(written), "test");
    assertThat(read.conventions()).containsExactly("counts", "words");
    assertThat(read.defaultConvention()).isEqualTo("words");
    assertThat(tagOfOne(read.inConvention("counts"))).isEqualTo("U-NUMBER");
    assertThat(tagOfOne(read)).isEqualTo("O");
    assertThat(bytes(read)).isEqualTo(written);
    assertThat(bytes(read.inConvention("counts"))).isEqualTo(written);
  }

  @Test
  void severalRunsAreDeterministicToo() throws IOException {
    assertThat(bytes(train(PerceptronTrainer.Conditioning.LEXICAL, 3)))
        .isEqualTo(bytes(train(PerceptronTrainer.Conditioning.LEXICAL, 3)));
  }

  @Test
  void theSeenNamesAreKeptInTheModel() throws IOException {
    Gazetteer seen = Gazetteer.builder().add("person", "حسن روحانی").build();
    NerModel model =
        new PerceptronTrainer(Gazetteer.empty(), seen, WordClusters.empty(),
                new PerceptronTrainer.Options(3, 1L, 1, 0f))
            .train(sentences(), null);
    NerModel read = NerModel.read(new ByteArrayInputStream(bytes(model)), "test");
    assertThat(read.seen().entries(0)).containsExactly("حسن روحانی");
  }
}
