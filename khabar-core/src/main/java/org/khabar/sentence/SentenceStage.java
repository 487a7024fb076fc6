package org.khabar.sentence;

import java.util.Set;
import org.khabar.pipeline.Stage;
import org.khabar.text.Document;
import org.khabar.text.Key;
import org.khabar.text.Layer;
import org.khabar.tokenize.Token;

/** Adds the sentence layer, found by {@link SentenceSplitter}. */
public final class SentenceStage implements Stage {

  @Override
  public String name() {
    return "sentences";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Token.LAYER);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Sentence.LAYER);
  }

  @Override
  public Document apply(Document document) {
    Layer<Token> tokens = document.get(Token.LAYER);
    return document.with(
        Sentence.LAYER,
        Layer.of(SentenceSplitter.split(document.text(), tokens), document.text().length()));
  }
}
