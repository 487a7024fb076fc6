package org.khabar.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads reports from plain-text files, folders of them, and JSON Lines files (one report per
 * line). A broken line or file is handed to the sink as an {@link InputException} with its line
 * number, and reading goes on with the next.
 *
 * <p>JSON Lines fields: {@code id}, {@code body} (or {@code text}), {@code headline} (or {@code
 * title}), {@code date} ({@code 2015-09-30} or {@code 30.09.15}), {@code source} (or {@code
 * newspaper}); other fields are kept as {@link Report#extra()}. A plain-text file is one report
 * whose id is the file name without its extension.
 */
public final class ReportReader {

  /** Receives reports and problems, in input order. */
  public interface Sink {
    void report(Report report);

    void error(InputException problem);

    /** Something was wrong but the report was kept (a date that cannot be read, say). */
    default void warning(InputException problem) {}
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportReader() {}

  /** Reads every report under {@code path}: a file, or a folder searched recursively. */
  public static void read(Path path, Sink sink) {
    if (!Files.exists(path)) {
      sink.error(new InputException(path, "no such file or folder"));
      return;
    }
    if (Files.isDirectory(path)) {
      List<Path> files = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(path)) {
        walk.filter(Files::isRegularFile).filter(ReportReader::isReportFile).sorted()
            .forEach(files::add);
      } catch (IOException e) {
        sink.error(new InputException(path, TextInput.describe(e)));
        return;
      }
      if (files.isEmpty()) {
        sink.error(new InputException(path, "no .txt or .jsonl files in this folder"));
      }
      files.forEach(file -> readFile(file, sink));
    } else {
      readFile(path, sink);
    }
  }

  private static boolean isReportFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.startsWith(".") && (name.endsWith(".txt") || name.endsWith(".jsonl"));
  }

  private static void readFile(Path file, Sink sink) {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
      readJsonLines(file, sink);
      return;
    }
    try {
      String text = TextInput.read(file);
      if (text.isBlank()) {
        sink.error(new InputException(file, "empty file, nothing to index"));
        return;
      }
      String name = file.getFileName().toString();
      int dot = name.lastIndexOf('.');
      sink.report(Report.of(dot > 0 ? name.substring(0, dot) : name, text));
    } catch (InputException e) {
      sink.error(e);
    }
  }

  private static void readJsonLines(Path file, Sink sink) {
    try {
      TextInput.checkReadable(file);
    } catch (InputException e) {
      sink.error(e);
      return;
    }
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
      TextInput.skipByteOrderMark(reader);
      long lineNumber = 0;
      String line;
      while (true) {
        try {
          line = reader.readLine();
        } catch (CharacterCodingException e) {
          sink.error(new InputException(file.toString(), lineNumber + 1,
              "not UTF-8 text; the rest of the file is skipped"));
          return;
        }
        if (line == null) {
          return;
        }
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        try {
          long where = lineNumber;
          sink.report(parseLine(line, warning ->
              sink.warning(new InputException(file.toString(), where, warning))));
        } catch (IllegalArgumentException e) {
          sink.error(new InputException(file.toString(), lineNumber, e.getMessage()));
        }
      }
    } catch (IOException e) {
      sink.error(new InputException(file, TextInput.describe(e)));
    }
  }

  /** One JSON Lines record as a report; fails with a message that says what is wrong. */
  public static Report parseLine(String line) {
    return parseLine(line, warning -> { });
  }

  /**
   * One JSON Lines record as a report; fails with a message that says what is wrong, and tells
   * {@code warnings} what it had to leave out (a date it cannot read).
   */
  public static Report parseLine(String line, java.util.function.Consumer<String> warnings) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String id = text(node, "id");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("no \"id\"");
    }
    String body = text(node, "body");
    if (body == null) {
      body = text(node, "text");
    }
    if (body == null) {
      throw new IllegalArgumentException("report " + id + " has no \"body\" (or \"text\")");
    }
    String headline = text(node, "headline");
    if (headline == null) {
      headline = text(node, "title");
    }
    String source = text(node, "source");
    if (source == null) {
      source = text(node, "newspaper");
    }
    String dateText = text(node, "date");
    LocalDate date = null;
    if (dateText != null && !dateText.isBlank()) {
      try {
        date = parseDate(id, dateText);
      } catch (IllegalArgumentException e) {
        warnings.accept(e.getMessage() + "; the report is kept without a date");
      }
    }
    Map<String, String> extra = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      switch (field.getKey()) {
        case "id", "body", "text", "headline", "title", "source", "newspaper", "date" -> { }
        default -> {
          if (field.getValue().isValueNode()) {
            extra.put(field.getKey(), field.getValue().asText());
          }
        }
      }
    }
    return new Report(id, headline, body, date, source, extra);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isValueNode()) {
      throw new IllegalArgumentException("\"" + field + "\" is not a string");
    }
    return value.asText();
  }

  /** {@code 2015-09-30}, or {@code 30.09.15} / {@code 30.09.2015} as the COUNTER corpus has. */
  static LocalDate parseDate(String id, String text) {
    try {
      if (text.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        return LocalDate.parse(text.substring(0, 10));
      }
      String[] parts = text.split("[./-]");
      if (parts.length == 3) {
        int day = Integer.parseInt(parts[0]);
        int month = Integer.parseInt(parts[1]);
        int year = Integer.parseInt(parts[2]);
        if (parts[2].length() <= 2) {
          year += year < 70 ? 2000 : 1900;
        }
        return LocalDate.of(year, month, day);
      }
    } catch (NumberFormatException | DateTimeException e) {
      // fall through to the message below
    }
    throw new IllegalArgumentException(
        "report " + id + " has a date \"" + text + "\" that is neither 2015-09-30 nor 30.09.15");
  }
}
