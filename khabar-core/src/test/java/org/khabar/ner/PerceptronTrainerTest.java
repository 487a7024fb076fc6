package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.khabar.UrduPipeline;
import org.khabar.entity.EntityType;
import org.khabar.text.Document;
import org.khabar.tokenize.Token;

class PerceptronTrainerTest {

  private static final PerceptronTrainer.Options OPTIONS =
      new PerceptronTrainer.Options(8, 7L, 1, 0f);

  private static NerModel train(List<TrainingSentence> sentences) {
    Gazetteer gazetteer = Gazetteer.builder().add("place", "تہران").add("place", "حلب").build();
    return new PerceptronTrainer(gazetteer, WordClusters.empty(), OPTIONS).train(sentences, null);
  }

  private static List<String> tagNames(NerModel model, String text) {
    List<Token> tokens =
        UrduPipeline.tokens().apply(Document.of("t", text)).get(Token.LAYER);
    List<String> names = new ArrayList<>();
    for (int tag : model.tag(tokens)) {
      names.add(TagSet.name(tag));
    }
    return names;
  }

  private static byte[] bytes(NerModel model) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    return out.toByteArray();
  }

  @Test
  void learnsTheTrainingSentences() {
    NerModel model = train(TrainingFixtures.news());
    assertThat(tagNames(model, "صدر حسن روحانی نے تہران میں کہا"))
        .containsExactly("U-DESIGNATION", "B-PERSON", "L-PERSON", "O", "U-LOCATION", "O", "O");
  }

  @Test
  void sameDataSameSeedSameBytes() throws IOException {
    assertThat(bytes(train(TrainingFixtures.news())))
        .isEqualTo(bytes(train(TrainingFixtures.news())));
  }

  @Test
  void readsBackWhatItWrote() throws IOException {
    NerModel model = train(TrainingFixtures.news());
    byte[] written = bytes(model);
    NerModel read = NerModel.read(new ByteArrayInputStream(written), "test");
    String text = "روسی وزیر دفاع سرگئی شوئیگو نے شام میں کہا";
    assertThat(tagNames(read, text)).isEqualTo(tagNames(model, text));
    assertThat(bytes(read)).isEqualTo(written);
  }

  @Test
  void aCorpusIsNotPenalisedForALabelItDoesNotAnnotate() {
    // A corpus without titles leaves «صدر» untagged; the model must keep what the others taught.
    Set<EntityType> noTitles = EnumSet.complementOf(EnumSet.of(EntityType.DESIGNATION));
    List<TrainingSentence> sentences = new ArrayList<>(TrainingFixtures.news());
    for (int k = 0; k < 6; k++) {
      sentences.add(TrainingFixtures.sentence("صدر [PERSON حسن روحانی] نے کہا", noTitles));
    }
    assertThat(tagNames(train(sentences), "صدر حسن روحانی نے کہا").get(0))
        .isEqualTo("U-DESIGNATION");
  }

  @Test
  void aTitleInsideANameLeavesTheLastWordToTheName() {
    // a corpus whose PERSON spans may hold the title: the span still ends with a PERSON
    PartialLabels labels = new PartialLabels(2, TrainingFixtures.ALL)
        .loose(0, 2, Set.of(EntityType.PERSON, EntityType.DESIGNATION), EntityType.PERSON);
    boolean[] allowed = labels.allowed();
    int t = TagSet.SIZE;
    assertThat(allowed[TagSet.tag(EntityType.DESIGNATION, TagSet.U)]).isTrue();
    assertThat(allowed[TagSet.tag(EntityType.PERSON, TagSet.B)]).isTrue();
    assertThat(allowed[t + TagSet.tag(EntityType.PERSON, TagSet.L)]).isTrue();
    assertThat(allowed[t + TagSet.tag(EntityType.PERSON, TagSet.U)]).isTrue();
    assertThat(allowed[t + TagSet.tag(EntityType.DESIGNATION, TagSet.U)]).isFalse();
    assertThat(allowed[t + TagSet.tag(EntityType.DESIGNATION, TagSet.L)]).isFalse();
    assertThat(allowed[t + TagSet.O]).isFalse();
  }
}
