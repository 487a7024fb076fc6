package org.khabar.ner;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.khabar.entity.EntityType;
import org.khabar.tokenize.Token;

/**
 * A sentence for training, with what its corpus says about it. A corpus that does not annotate a
 * type says nothing about it: in a sentence of IL-NER, which has no titles, «صدر» outside any
 * entity may still be a DESIGNATION, and the trainer does not penalise the model for saying so.
 *
 * @param tokens the tokens of the sentence
 * @param gold the gold tag of each token ({@link TagSet}), or {@link #UNKNOWN} where the
 *     annotation cannot be told (an entity whose edges fall inside a token)
 * @param annotated the types the corpus annotates
 * @param weight how much a mistake on this sentence counts
 */
public record TrainingSentence(
    List<Token> tokens, int[] gold, Set<EntityType> annotated, float weight) {

  /** A token whose tag the annotation does not fix. */
  public static final int UNKNOWN = -1;

  public TrainingSentence {
    tokens = List.copyOf(tokens);
    Objects.requireNonNull(gold, "gold");
    annotated = Set.copyOf(annotated);
    if (gold.length != tokens.size()) {
      throw new IllegalArgumentException("one gold tag per token");
    }
  }

  /**
   * Which tags are allowed where, {@code [i * T + t]}: the gold tag where it is known; where gold
   * says O, O or any tag of a type the corpus does not annotate; anything where unknown.
   */
  boolean[] allowed() {
    int size = TagSet.SIZE;
    boolean[] allowed = new boolean[gold.length * size];
    for (int i = 0; i < gold.length; i++) {
      int g = gold[i];
      for (int t = 0; t < size; t++) {
        allowed[i * size + t] =
            g == UNKNOWN
                || t == g
                || (g == TagSet.O && t != TagSet.O && !annotated.contains(TagSet.type(t)));
      }
    }
    return allowed;
  }
}
