package org.khabar.tokenize;

import java.util.List;
import java.util.Set;
import org.khabar.normalize.NormalizedText;
import org.khabar.pipeline.Stage;
import org.khabar.text.Document;
import org.khabar.text.Key;
import org.khabar.text.Layer;

/** Adds the token layer, found on the normalized text by {@link UrduTokenizer}. */
public final class TokenizerStage implements Stage {

  private final boolean asWritten;

  /** Tokens as analysis reads them, glued words split. */
  public TokenizerStage() {
    this(false);
  }

  /**
   * @param asWritten true to leave glued words as written, as the models learn from them ({@link
   *     UrduTokenizer#tokenizeAsWritten})
   */
  public TokenizerStage(boolean asWritten) {
    this.asWritten = asWritten;
  }

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
    List<Token> tokens = asWritten
        ? UrduTokenizer.tokenizeAsWritten(normalized) : UrduTokenizer.tokenize(normalized);
    return document.with(Token.LAYER, Layer.of(tokens, document.text().length()));
  }
}
