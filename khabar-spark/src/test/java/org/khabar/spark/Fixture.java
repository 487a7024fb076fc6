package org.khabar.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khabar.io.Report;
import org.khabar.io.ReportReader;

/**
 * The test reports ({@code reports.jsonl}, see its README) in a JSON Lines file, followed by
 * malformed lines, each with the byte offset where it starts and a piece of the reason the job
 * must give for rejecting it.
 */
public final class Fixture {

  /** A line the job must reject: where it starts and what the reason must contain. */
  public record BadLine(long offset, String reason) {}

  /** The ids of the six good reports of {@code reports.jsonl}. */
  public static final List<String> GOOD_IDS = List.of(
      "sample-astana-talks-app", "sample-astana-talks-daily", "sample-cricket-karachi",
      "sample-lahore-smog", "sample-aleppo-evacuation", "tehran-geo-desk");

  /** A report kept although its date cannot be read. */
  public static final String UNREADABLE_DATE_ID = "unreadable-date";

  private final Path file;
  private final List<BadLine> badLines;

  private Fixture(Path file, List<BadLine> badLines) {
    this.file = file;
    this.badLines = List.copyOf(badLines);
  }

  /** Writes the fixture as {@code reports.jsonl} in {@code folder}. */
  public static Fixture write(Path folder) {
    try {
      Path file = folder.resolve("reports.jsonl");
      Files.write(file, goodLines());
      List<BadLine> bad = new ArrayList<>();
      append(file, bad, "{\"id\": \"truncated\", \"body\": \"نا مکمل", "not valid JSON");
      append(file, bad, "{\"id\": \"no-body\", \"headline\": \"سرخی\"}", "has no \"body\"");
      append(file, bad, "[\"an\", \"array\"]", "not a JSON object");
      append(file, bad, "{\"id\": \"sample-lahore-smog\", \"body\": \"دوسری بار\"}",
          "was seen before");
      appendBytes(file, bad, "{\"id\": \"latin-1\", \"body\": \"caf\u00e9\"}"
          .getBytes(StandardCharsets.ISO_8859_1), "not UTF-8");
      Files.writeString(file, "   \n", java.nio.file.StandardOpenOption.APPEND);
      Files.writeString(file, "{\"id\": \"" + UNREADABLE_DATE_ID + "\", \"date\": \"31.02.15\","
          + " \"body\": \"لاہور میں بارش ہوئی۔\"}\n", java.nio.file.StandardOpenOption.APPEND);
      return new Fixture(file, bad);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines of {@code reports.jsonl} as UTF-8 bytes. */
  public static byte[] goodLines() {
    try (InputStream in = Fixture.class.getResourceAsStream("reports.jsonl")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The reports the job must analyse, with the warning their parsing gives (or null), by id. */
  public Map<String, Map.Entry<Report, String>> goodReports() {
    Map<String, Map.Entry<Report, String>> reports = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
        String text = new String(line.getBytes(StandardCharsets.ISO_8859_1),
            StandardCharsets.UTF_8);
        List<String> warnings = new ArrayList<>();
        try {
          Report report = ReportReader.parseLine(text, warnings::add);
          reports.putIfAbsent(report.id(),
              new java.util.AbstractMap.SimpleEntry<>(report,
                  warnings.isEmpty() ? null : String.join("; ", warnings)));
        } catch (IllegalArgumentException e) {
          // a bad line: not a report
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    reports.remove("latin-1");
    return reports;
  }

  public Path file() {
    return file;
  }

  public List<BadLine> badLines() {
    return badLines;
  }

  private static void append(Path file, List<BadLine> bad, String line, String reason)
      throws IOException {
    appendBytes(file, bad, line.getBytes(StandardCharsets.UTF_8), reason);
  }

  private static void appendBytes(Path file, List<BadLine> bad, byte[] line, String reason)
      throws IOException {
    bad.add(new BadLine(Files.size(file), reason));
    byte[] withNewline = java.util.Arrays.copyOf(line, line.length + 1);
    withNewline[line.length] = '\n';
    Files.write(file, withNewline, java.nio.file.StandardOpenOption.APPEND);
  }
}
