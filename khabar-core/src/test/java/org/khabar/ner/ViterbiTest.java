package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.khabar.entity.EntityType;

class ViterbiTest {

  private static final int T = TagSet.SIZE;

  @Test
  void neverMakesAnIllFormedSequence() {
    // The emissions alone would say I-PERSON for the first token, which cannot open a span.
    float[] emission = new float[2 * T];
    emission[TagSet.tag(EntityType.PERSON, TagSet.I)] = 5;
    emission[T + TagSet.tag(EntityType.PERSON, TagSet.L)] = 5;
    int[] tags = Viterbi.decode(emission, 2, new float[T * T], new float[T], new float[T], null);
    assertThat(tags).containsExactly(
        TagSet.tag(EntityType.PERSON, TagSet.B), TagSet.tag(EntityType.PERSON, TagSet.L));
  }

  @Test
  void keepsToTheAllowedTags() {
    float[] emission = new float[T];
    emission[TagSet.tag(EntityType.LOCATION, TagSet.U)] = 9;
    boolean[] allowed = new boolean[T];
    allowed[TagSet.O] = true;
    allowed[TagSet.tag(EntityType.PERSON, TagSet.U)] = true;
    emission[TagSet.tag(EntityType.PERSON, TagSet.U)] = 1;
    int[] tags = Viterbi.decode(emission, 1, new float[T * T], new float[T], new float[T], allowed);
    assertThat(tags).containsExactly(TagSet.tag(EntityType.PERSON, TagSet.U));
  }

  @Test
  void decodesLongSentencesWithoutRecursion() {
    int n = 10_000;
    int[] tags = Viterbi.decode(new float[n * T], n, new float[T * T], new float[T], new float[T],
        null);
    assertThat(tags).hasSize(n).containsOnly(TagSet.O);
  }
}
