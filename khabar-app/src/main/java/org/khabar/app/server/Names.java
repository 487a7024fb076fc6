package org.khabar.app.server;

import java.util.StringJoiner;
import org.khabar.UrduPipeline;
import org.khabar.pipeline.Pipeline;
import org.khabar.text.Document;
import org.khabar.tokenize.Token;
import org.khabar.tokenize.TokenType;

/**
 * Names as the archive files them: the normalized words of a name, joined by single spaces
 * ({@code حسن روحانی}), so that a mention in an analysis can be matched to a facet value.
 */
final class Names {

  private static final Pipeline TOKENS = UrduPipeline.tokens();

  private Names() {}

  static String normalize(String name) {
    if (name == null || name.isBlank()) {
      return "";
    }
    Document document = TOKENS.apply(Document.of("name", name));
    StringJoiner joined = new StringJoiner(" ");
    for (Token token : document.get(Token.LAYER)) {
      if (token.type() != TokenType.PUNCT) {
        joined.add(token.norm());
      }
    }
    return joined.toString();
  }
}
