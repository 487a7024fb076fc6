package org.khabar.ner;

import java.util.List;
import org.khabar.UrduPipeline;
import org.khabar.entity.EntityType;
import org.khabar.text.Document;
import org.khabar.tokenize.Token;

/** What the tests of the tagger's span rules are written in: tokens and token spans. */
final class TokenSpans {

  private TokenSpans() {}

  /** The tokens of {@code text}, as the tagger sees them. */
  static List<Token> tokens(String text) {
    return UrduPipeline.tokens().apply(Document.of("t", text)).get(Token.LAYER);
  }

  /** Tokens {@code [first, end)} as an entity of {@code type}. */
  static TagSet.TokenSpan span(int first, int end, EntityType type) {
    return new TagSet.TokenSpan(first, end, type);
  }
}
