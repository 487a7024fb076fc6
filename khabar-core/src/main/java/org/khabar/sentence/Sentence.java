package org.khabar.sentence;

import org.khabar.text.Key;
import org.khabar.text.Layer;
import org.khabar.text.Span;

/**
 * A sentence: its span in the original text and the range of its tokens.
 *
 * @param start offset of its first token in the original text
 * @param end offset after its last token in the original text
 * @param firstToken index of its first token in the token layer
 * @param endToken index after its last token in the token layer
 */
public record Sentence(int start, int end, int firstToken, int endToken) implements Span {

  public static final Key<Layer<Sentence>> LAYER = Key.layer("sentences", Sentence.class);

  public int tokenCount() {
    return endToken - firstToken;
  }
}
