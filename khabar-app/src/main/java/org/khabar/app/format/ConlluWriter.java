package org.khabar.app.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.khabar.entity.Entity;
import org.khabar.sentence.Sentence;
import org.khabar.text.Document;
import org.khabar.text.Layer;
import org.khabar.tokenize.Token;

/**
 * Tokens and sentences in CoNLL-U: FORM is the original text; MISC gives the span ({@code
 * TokenRange=start:end}), the normalized form where it differs ({@code Norm=}), the token's
 * place in a named entity as a BIO tag ({@code NE=B-PERSON}, {@code NE=I-PERSON}; none outside)
 * and {@code SpaceAfter=No} where no space follows.
 */
public final class ConlluWriter implements AnalysisWriter {

  private final PrintWriter out;

  public ConlluWriter(OutputStream out) {
    this(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  public ConlluWriter(Writer out) {
    this.out = new PrintWriter(out, false);
  }

  @Override
  public void write(Document document, long offset) {
    Layer<Token> tokens = document.get(Token.LAYER);
    String[] entityTags = entityTags(document, tokens);
    out.println("# newdoc id = " + document.id());
    int number = 1;
    for (Sentence sentence : document.get(Sentence.LAYER)) {
      out.println("# sent_id = " + document.id() + "-" + number++);
      out.println("# text = " + oneLine(document.textOf(sentence)));
      for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
        Token token = tokens.get(i);
        String form = document.textOf(token);
        StringBuilder misc = new StringBuilder();
        misc.append("TokenRange=").append(token.start() + offset).append(':')
            .append(token.end() + offset);
        if (!form.equals(token.norm())) {
          misc.append("|Norm=").append(token.norm());
        }
        if (entityTags[i] != null) {
          misc.append("|NE=").append(entityTags[i]);
        }
        boolean spaceAfter = i + 1 < tokens.size() && tokens.get(i + 1).start() > token.end()
            || i + 1 == tokens.size() && token.end() < document.text().length();
        if (!spaceAfter) {
          misc.append("|SpaceAfter=No");
        }
        out.printf("%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s%n",
            i - sentence.firstToken() + 1, oneLine(form), misc);
      }
      out.println();
    }
  }

  /** The BIO tag of each token in the entity layer, or null outside entities (or no layer). */
  private static String[] entityTags(Document document, Layer<Token> tokens) {
    String[] tags = new String[tokens.size()];
    Layer<Entity> entities = document.find(Entity.LAYER).orElse(Layer.empty());
    for (Entity entity : entities) {
      boolean first = true;
      for (int i = tokens.firstEndingAfter(entity.start()); i < tokens.size(); i++) {
        Token token = tokens.get(i);
        if (token.start() >= entity.end()) {
          break;
        }
        tags[i] = (first ? "B-" : "I-") + entity.type();
        first = false;
      }
    }
    return tags;
  }

  private static String oneLine(String text) {
    return text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }
}
