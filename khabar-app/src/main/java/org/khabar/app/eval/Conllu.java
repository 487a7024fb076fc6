package org.khabar.app.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.khabar.io.InputException;

/** Reads the sentences of a CoNLL-U file: their raw text and their token forms. */
public final class Conllu {

  /** One sentence: the {@code # text} line and the forms of its words (not multiword tokens). */
  public record Sentence(String text, List<String> forms) {}

  private Conllu() {}

  public static List<Sentence> read(Path path) throws InputException {
    List<String> lines;
    try {
      lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(path, e.getMessage() == null ? e.toString() : e.getMessage());
    }
    List<Sentence> sentences = new ArrayList<>();
    String text = null;
    List<String> forms = new ArrayList<>();
    int lineNumber = 0;
    for (String line : lines) {
      lineNumber++;
      if (line.isBlank()) {
        if (!forms.isEmpty()) {
          sentences.add(new Sentence(text == null ? String.join(" ", forms) : text, forms));
        }
        text = null;
        forms = new ArrayList<>();
      } else if (line.startsWith("# text = ")) {
        text = line.substring("# text = ".length());
      } else if (!line.startsWith("#")) {
        String[] columns = line.split("\t", -1);
        if (columns.length < 2) {
          throw new InputException(path.toString(), lineNumber, "not a CoNLL-U token line");
        }
        if (columns[0].contains("-") || columns[0].contains(".")) {
          continue;
        }
        forms.add(columns[1]);
      }
    }
    if (!forms.isEmpty()) {
      sentences.add(new Sentence(text == null ? String.join(" ", forms) : text, forms));
    }
    return sentences;
  }
}
