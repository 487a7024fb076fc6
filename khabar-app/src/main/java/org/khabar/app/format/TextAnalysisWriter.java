package org.khabar.app.format;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import org.khabar.sentence.Sentence;
import org.khabar.text.Document;
import org.khabar.text.Layer;
import org.khabar.tokenize.Token;

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
    int number = 1;
    for (Sentence sentence : sentences) {
      out.printf("[%d] %s%n", number++, document.textOf(sentence));
    }
    out.println();
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }
}
