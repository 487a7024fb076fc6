package org.khabar.app.format;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import org.khabar.entity.Entity;
import org.khabar.entity.EntityType;
import org.khabar.sentence.Sentence;
import org.khabar.text.Document;
import org.khabar.text.Layer;
import org.khabar.tokenize.Token;
import org.khabar.value.ValueStage;
import java.util.LinkedHashSet;
import java.util.Set;

/** A readable summary of each document, the way an analyst would note it down. */
final class TextAnalysisWriter implements AnalysisWriter {

  private final PrintWriter out;

  TextAnalysisWriter(Writer out) {
    this.out = new PrintWriter(out, false);
  }

  @Override
  public void write(Document document, long offset) {
    Layer<Sentence> sentences = document.find(Sentence.LAYER).orElse(Layer.empty());
    Layer<Token> tokens = document.find(Token.LAYER).orElse(Layer.empty());
    out.printf("== %s: %d sentences, %d tokens%n", document.id(), sentences.size(), tokens.size());
    StatementSummary.write(document, out);
    document.find(Entity.LAYER).ifPresent(entities -> writeTitles(document, entities));
    document.find(ValueStage.LAYER).ifPresent(values -> writeValues(document, values));
    out.println("جملے (sentences):");
    int number = 1;
    for (Sentence sentence : sentences) {
      out.printf("[%d] %s%n", number++, document.textOf(sentence));
    }
    out.println();
  }

  /** The titles and posts named: «عہدے (titles): صدر، وزیر دفاع», each once. */
  private void writeTitles(Document document, Layer<Entity> entities) {
    Set<String> titles = new LinkedHashSet<>();
    for (Entity entity : entities) {
      if (entity.type() == EntityType.DESIGNATION) {
        titles.add(document.textOf(entity).replaceAll("\\s+", " "));
      }
    }
    if (!titles.isEmpty()) {
      out.println("عہدے (titles): " + String.join("، ", titles));
    }
  }

  /** Every number, date and time with its value: «قریبا پینتیس ہزار = about 35000». */
  private void writeValues(Document document, Layer<Entity> values) {
    if (values.isEmpty()) {
      return;
    }
    out.println("اعداد، تاریخیں اور اوقات (numbers, dates, times):");
    for (Entity value : values) {
      out.printf("  %s: %s = %s%n", value.type(),
          document.textOf(value).replaceAll("\\s+", " "), ValueText.of(value.value()));
    }
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }
}
