package org.khabar.spark.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.khabar.UrduPipeline;
import org.khabar.io.Report;
import org.khabar.io.ReportReader;
import org.khabar.pipeline.Pipeline;
import org.khabar.sentence.Sentence;
import org.khabar.text.Document;

/**
 * A larger corpus made from real reports, for checking the job at scale: each synthetic report
 * opens with the first sentence of one report (often a dateline) and goes on with sentences of
 * others, with a date (ISO or COUNTER's {@code dd.mm.yy}, sometimes none, rarely one that cannot
 * be read) and a source. Malformed lines are mixed in at a fixed rate: broken JSON, no body, not
 * an object, a repeated id, bytes that are not UTF-8, blank lines. The same seed gives the same
 * corpus.
 */
public final class SyntheticCorpus {

  /** A report written, with the warning its parsing gives (or null). */
  public record Written(Report report, String warning) {}

  /** A malformed line written: its byte offset and what the reason for rejecting it says. */
  public record BadLine(long offset, String reason) {}

  /** What was written. */
  public record Corpus(Path file, List<Written> reports, List<BadLine> badLines) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> SOURCES =
      List.of("APP", "آن لائن", "روزنامہ جنگ", "ایکسپریس", "بی بی سی اردو");
  private static final DateTimeFormatter COUNTER_DATE = DateTimeFormatter.ofPattern("dd.MM.yy");

  private final List<String> openings = new ArrayList<>();
  private final List<String> sentences = new ArrayList<>();

  /** A corpus maker drawing on the sentences of {@code originals}. */
  public SyntheticCorpus(List<Report> originals) {
    Pipeline splitter = UrduPipeline.tokens();
    for (Report report : originals) {
      Document document = splitter.apply(Document.of(report.id(), report.body()));
      List<Sentence> found = document.get(Sentence.LAYER);
      for (int i = 0; i < found.size(); i++) {
        String text = document.textOf(found.get(i)).strip();
        if (!text.isEmpty()) {
          (i == 0 ? openings : sentences).add(text);
        }
      }
    }
    if (openings.isEmpty() || sentences.isEmpty()) {
      throw new IllegalArgumentException("the reports have too few sentences to recombine");
    }
  }

  /**
   * Writes {@code count} reports to {@code file}, with a malformed line after every {@code
   * badEvery} reports (none if 0).
   */
  public Corpus write(Path file, int count, int badEvery, long seed) throws IOException {
    Random random = new Random(seed);
    List<Written> written = new ArrayList<>(count);
    List<BadLine> bad = new ArrayList<>();
    long offset = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      for (int i = 0; i < count; i++) {
        String line = reportLine(String.format("synth-%06d", i), random);
        offset += writeLine(out, line.getBytes(StandardCharsets.UTF_8));
        List<String> warnings = new ArrayList<>(1);
        Report report = ReportReader.parseLine(line, warnings::add);
        written.add(new Written(report, warnings.isEmpty() ? null : String.join("; ", warnings)));
        if (badEvery > 0 && (i + 1) % badEvery == 0) {
          int kind = ((i + 1) / badEvery - 1) % 6;
          byte[] badLine = badLine(kind, report.id(), i);
          if (kind < 5) {
            bad.add(new BadLine(offset, REASONS[kind]));
          }
          offset += writeLine(out, badLine);
        }
      }
    }
    return new Corpus(file, written, bad);
  }

  private static final String[] REASONS = {
    "not valid JSON", "has no \"body\"", "not a JSON object", "was seen before", "not UTF-8"
  };

  private byte[] badLine(int kind, String previousId, int i) {
    String text = switch (kind) {
      case 0 -> "{\"id\": \"broken-" + i + "\", \"body\": \"ادھوری سطر";
      case 1 -> "{\"id\": \"no-body-" + i + "\", \"headline\": \"صرف سرخی\"}";
      case 2 -> "[\"synth\", " + i + "]";
      case 3 -> "{\"id\": \"" + previousId + "\", \"body\": \"اسی شناخت کی دوسری خبر\"}";
      case 4 -> null;
      default -> "  ";
    };
    if (text == null) {
      return ("{\"id\": \"latin-1-" + i + "\", \"body\": \"caf\u00e9\"}")
          .getBytes(StandardCharsets.ISO_8859_1);
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private String reportLine(String id, Random random) {
    StringBuilder body = new StringBuilder(openings.get(random.nextInt(openings.size())));
    int more = 2 + random.nextInt(7);
    for (int k = 0; k < more; k++) {
      body.append(random.nextInt(4) == 0 ? "\n" : " ")
          .append(sentences.get(random.nextInt(sentences.size())));
    }
    ObjectNode node = JSON.createObjectNode();
    node.put("id", id);
    String headline = sentences.get(random.nextInt(sentences.size()));
    node.put("headline", headline.length() > 80 ? headline.substring(0, 80) : headline);
    int dateKind = random.nextInt(100);
    LocalDate date = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(1100));
    if (dateKind < 60) {
      node.put("date", date.toString());
    } else if (dateKind < 97) {
      node.put("date", date.format(COUNTER_DATE));
    } else if (dateKind < 99) {
      node.put("date", "31.02.15");
    }
    node.put("source", SOURCES.get(random.nextInt(SOURCES.size())));
    node.put("body", body.toString());
    return node.toString();
  }

  private static int writeLine(OutputStream out, byte[] line) throws IOException {
    out.write(line);
    out.write('\n');
    return line.length + 1;
  }
}
