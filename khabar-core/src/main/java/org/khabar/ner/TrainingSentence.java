package org.khabar.ner;

import java.util.List;
import org.khabar.tokenize.Token;

/**
 * A sentence for training: its tokens and the tags its annotation allows at each (see {@link
 * PartialLabels}).
 *
 * @param tokens the tokens of the sentence
 * @param labels what the annotation says about them
 * @param weight how much a mistake on this sentence counts
 * @param convention the annotation convention (the set) it was annotated in, or null: the model
 *     learns the habits of each convention beside what they share (see {@link NerModel})
 * @param seen the names annotated in the training data but not near this sentence (the other
 *     folds of a jackknife), or null for the trainer's whole list: a sentence must not see its
 *     own names in the list, or the model learns to trust the list blindly
 */
public record TrainingSentence(
    List<Token> tokens, PartialLabels labels, float weight, String convention, Gazetteer seen) {

  public TrainingSentence {
    tokens = List.copyOf(tokens);
    if (labels.size() != tokens.size()) {
      throw new IllegalArgumentException("labels for " + labels.size() + " tokens, not "
          + tokens.size());
    }
  }

  /** A sentence of no particular convention. */
  public TrainingSentence(List<Token> tokens, PartialLabels labels, float weight) {
    this(tokens, labels, weight, null, null);
  }

  boolean[] allowed() {
    return labels.allowed();
  }
}
