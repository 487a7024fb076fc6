package org.khabar.tokenize;

import java.util.Set;
import org.khabar.normalize.NormalizedText;
import org.khabar.pipeline.Stage;
import org.khabar.text.Document;
import org.khabar.text.Key;
import org.khabar.text.Layer;

/** Adds the token layer, found on the normalized text by {@link UrduTokenizer}. */
public final class TokenizerStage implements Stage {

  @Override
  public String name() {
    return "tokenize";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(NormalizedText.KEY);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Token.LAYER);
  }

  @Override
  public Document apply(Document document) {
    NormalizedText normalized = document.get(NormalizedText.KEY);
    return document.with(
        Token.LAYER, Layer.of(UrduTokenizer.tokenize(normalized), document.text().length()));
  }
}
