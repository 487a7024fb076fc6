package org.khabar.app.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.khabar.entity.Entity;
import org.khabar.entity.EntityType;
import org.khabar.sentence.Sentence;
import org.khabar.text.Document;
import org.khabar.text.Layer;
import org.khabar.tokenize.Token;

/** A readable summary of each document, the way an analyst would note it down. */
final class TextAnalysisWriter implements AnalysisWriter {

  private final PrintWriter out;

  TextAnalysisWriter(OutputStream out) {
    this.out = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
  }

  @Override
  public void write(Document document, long offset) {
    Layer<Sentence> sentences = document.find(Sentence.LAYER).orElse(Layer.empty());
    Layer<Token> tokens = document.find(Token.LAYER).orElse(Layer.empty());
    out.printf("== %s: %d sentences, %d tokens%n", document.id(), sentences.size(), tokens.size());
    int number = 1;
    for (Sentence sentence : sentences) {
      out.printf("[%d] %s%n", number++, document.textOf(sentence));
    }
    document.find(Entity.LAYER).ifPresent(entities -> writeEntities(document, entities));
    out.println();
  }

  /** One line per type: «PERSON: حسن روحانی، پوتین», each name once, in order of first mention. */
  private void writeEntities(Document document, Layer<Entity> entities) {
    if (entities.isEmpty()) {
      return;
    }
    out.println("-- entities");
    for (EntityType type : EntityType.values()) {
      java.util.Set<String> names = new java.util.LinkedHashSet<>();
      for (Entity entity : entities) {
        if (entity.type() == type) {
          String text = document.textOf(entity).replaceAll("\\s+", " ");
          names.add(entity.value() == null ? text : text + " = " + entity.value().canonical());
        }
      }
      if (!names.isEmpty()) {
        out.printf("%s: %s%n", type, String.join("، ", names));
      }
    }
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }
}
