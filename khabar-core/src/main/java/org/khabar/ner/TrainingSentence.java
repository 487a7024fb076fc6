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
 */
public record TrainingSentence(List<Token> tokens, PartialLabels labels, float weight) {

  public TrainingSentence {
    tokens = List.copyOf(tokens);
    if (labels.size() != tokens.size()) {
      throw new IllegalArgumentException("labels for " + labels.size() + " tokens, not "
          + tokens.size());
    }
  }

  boolean[] allowed() {
    return labels.allowed();
  }
}
