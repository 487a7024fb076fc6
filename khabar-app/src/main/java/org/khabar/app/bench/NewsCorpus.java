package org.khabar.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The bodies of the news articles in {@code news/*.jsonl}, as benchmark input. */
public final class NewsCorpus {

  private NewsCorpus() {}

  /** The {@code body} of every line of the given JSON Lines files. */
  public static List<String> bodies(List<Path> files) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<String> bodies = new ArrayList<>();
    for (Path file : files) {
      try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String line;
        while ((line = reader.readLine()) != null) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode body = mapper.readTree(line).get("body");
          if (body != null && body.isTextual()) {
            bodies.add(body.asText());
          }
        }
      }
    }
    return bodies;
  }

  /** Benchmark input: documents and their size in bytes of UTF-8. */
  public record Input(List<String> documents, long bytes) {}

  /**
   * The bodies of {@code files} repeated to at least {@code megabytes} of UTF-8, with a line on
   * {@code out} that says what the input is.
   */
  public static Input repeatedBodies(List<Path> files, int megabytes, PrintWriter out)
      throws IOException {
    List<String> bodies = bodies(files);
    List<String> documents = repeatTo(bodies, megabytes * 1_000_000L);
    long bytes = utf8Bytes(documents);
    out.printf(Locale.ROOT, "input: %d news bodies repeated to %d documents, %.1f MB of UTF-8%n",
        bodies.size(), documents.size(), bytes / 1e6);
    return new Input(documents, bytes);
  }

  /** {@code documents} repeated until they hold at least {@code minBytes} bytes of UTF-8. */
  public static List<String> repeatTo(List<String> documents, long minBytes) {
    if (documents.isEmpty()) {
      throw new IllegalArgumentException("no documents to repeat");
    }
    List<String> result = new ArrayList<>();
    long bytes = 0;
    while (bytes < minBytes) {
      for (String document : documents) {
        result.add(document);
        bytes += utf8Length(document);
      }
    }
    return result;
  }

  public static long utf8Bytes(List<String> documents) {
    long bytes = 0;
    for (String document : documents) {
      bytes += utf8Length(document);
    }
    return bytes;
  }

  static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
