package org.khabar.tokenize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads {@code cases.txt}, the hand-written fixture of inputs with their expected tokens,
 * normalized forms and sentences. The format is described at the top of the file.
 */
final class TokenizerCases {

  /** One case: its number (1-based, in file order), name, line, input and expectations. */
  record Case(
      int number,
      String name,
      int line,
      String input,
      List<String> tokens,
      List<String> norms,
      List<String> sentences) {

    @Override
    public String toString() {
      return "#" + number + " " + name + " (cases.txt:" + line + ")";
    }
  }

  static final String RESOURCE = "/org/khabar/tokenize/cases.txt";

  private TokenizerCases() {}

  static List<Case> load() {
    try (InputStream in = TokenizerCases.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Case> parse(String content) {
    List<Case> cases = new ArrayList<>();
    String[] lines = content.split("\n", -1);
    Builder current = null;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int lineNumber = i + 1;
      if (line.startsWith("== ")) {
        if (current != null) {
          cases.add(current.build());
        }
        current = new Builder(cases.size() + 1, line.substring(3).strip(), lineNumber);
      } else if (line.isBlank() || line.startsWith("#")) {
        continue;
      } else if (current == null) {
        throw new IllegalArgumentException("cases.txt:" + lineNumber + ": text before any case");
      } else if (line.startsWith("in:")) {
        current.input = unescape(field(line, "in:"));
      } else if (line.startsWith("tok:")) {
        current.tokens = list(field(line, "tok:"));
      } else if (line.startsWith("norm:")) {
        current.norms = list(field(line, "norm:"));
      } else if (line.startsWith("sent:")) {
        current.sentences.add(unescape(field(line, "sent:")));
      } else {
        throw new IllegalArgumentException("cases.txt:" + lineNumber + ": unknown line: " + line);
      }
    }
    if (current != null) {
      cases.add(current.build());
    }
    return cases;
  }

  private static String field(String line, String prefix) {
    return line.substring(prefix.length()).stripLeading();
  }

  private static List<String> list(String field) {
    if (field.isBlank()) {
      return List.of();
    }
    return Arrays.stream(field.split(" \\| ", -1)).map(s -> unescape(s.strip())).toList();
  }

  /** Resolves {@code \n \r \t \\ \}{@code uXXXX}. */
  static String unescape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 == text.length()) {
        out.append(c);
        continue;
      }
      char next = text.charAt(++i);
      switch (next) {
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case '\\' -> out.append('\\');
        case 'u' -> {
          out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> throw new IllegalArgumentException("unknown escape \\" + next + " in " + text);
      }
    }
    return out.toString();
  }

  /** Shows invisible and unusual characters as escapes, for failure messages. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (Character.getType(c) == Character.FORMAT
          || Character.getType(c) == Character.NON_SPACING_MARK
          || Character.isSpaceChar(c) && c != ' '
          || Character.isISOControl(c)) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static final class Builder {
    final int number;
    final String name;
    final int line;
    String input;
    List<String> tokens;
    List<String> norms;
    final List<String> sentences = new ArrayList<>();

    Builder(int number, String name, int line) {
      this.number = number;
      this.name = name;
      this.line = line;
    }

    Case build() {
      String where = "cases.txt:" + line + " (" + name + ")";
      if (input == null || tokens == null) {
        throw new IllegalArgumentException(where + ": a case needs an in: and a tok: line");
      }
      if (norms != null && norms.size() != tokens.size()) {
        throw new IllegalArgumentException(
            where + ": " + norms.size() + " norms for " + tokens.size() + " tokens");
      }
      return new Case(number, name, line, input, tokens, norms, List.copyOf(sentences));
    }
  }
}
