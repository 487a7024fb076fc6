package org.khabar.spark.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.io.Report;
import org.khabar.spark.Fixture;
import org.khabar.spark.input.InputRecord;
import org.khabar.spark.input.RecordParser;

class SyntheticCorpusTest {

  @TempDir Path folder;

  private static List<Report> originals() throws Exception {
    Path file = Files.createTempFile("reports", ".jsonl");
    Files.write(file, Fixture.goodLines());
    try {
      return JsonLinesReports.reports(JsonLinesReports.read(file));
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void theSameSeedWritesTheSameCorpus() throws Exception {
    SyntheticCorpus maker = new SyntheticCorpus(originals());
    maker.write(folder.resolve("a.jsonl"), 60, 10, 7);
    maker.write(folder.resolve("b.jsonl"), 60, 10, 7);

    assertThat(Files.readAllBytes(folder.resolve("a.jsonl")))
        .isEqualTo(Files.readAllBytes(folder.resolve("b.jsonl")));
  }

  @Test
  void everyMalformedLineIsWhereItSaysAndIsRejectedForTheReasonItSays() throws Exception {
    SyntheticCorpus.Corpus corpus = new SyntheticCorpus(originals())
        .write(folder.resolve("c.jsonl"), 120, 10, 11);
    byte[] bytes = Files.readAllBytes(corpus.file());

    assertThat(corpus.reports()).hasSize(120);
    assertThat(corpus.badLines()).hasSize(10);
    for (SyntheticCorpus.BadLine bad : corpus.badLines()) {
      int end = (int) bad.offset();
      while (bytes[end] != '\n') {
        end++;
      }
      byte[] line = Arrays.copyOfRange(bytes, (int) bad.offset(), end);
      InputRecord record = new InputRecord();
      record.setJson(new String(line, StandardCharsets.UTF_8));
      if (!Arrays.equals(record.getJson().getBytes(StandardCharsets.UTF_8), line)) {
        record.setProblem("not UTF-8 text");
      }
      String reason = RecordParser.parse(record).getReason();
      if (bad.reason().equals("was seen before")) {
        assertThat(reason).isNull();
      } else {
        assertThat(reason).contains(bad.reason());
      }
    }
  }
}
