package org.khabar.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexerTest {

  @TempDir Path temp;

  private static final class Recorder implements Indexer.Listener {
    final List<String> skipped = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    @Override
    public void progress(long done, long skippedCount) {}

    @Override
    public synchronized void skipped(String problem) {
      skipped.add(problem);
    }

    @Override
    public synchronized void warning(String problem) {
      warnings.add(problem);
    }
  }

  @Test
  void aBrokenLineIsReportedWithItsNumberAndTheRestIsIndexed() throws Exception {
    Path lines = temp.resolve("reports.jsonl");
    Files.write(lines, List.of(
        "{\"id\": \"r1\", \"headline\": \"پہلی\", \"body\": \"پہلی خبر۔\", \"date\": \"01.12.14\"}",
        "{\"id\": \"r2\", \"body\": \"دوسری خبر\"",
        "",
        "{\"id\": \"r3\", \"body\": \"تیسری خبر۔\", \"date\": \"31.09.14\"}",
        "{\"body\": \"بے شناخت\"}",
        "{\"id\": \"r4\", \"text\": \"چوتھی خبر۔\", \"newspaper\": \"jang\"}"),
        StandardCharsets.UTF_8);
    Path text = Files.writeString(temp.resolve("tehran.txt"), "تہران (جیوڈیسک) خبر۔");
    Files.writeString(temp.resolve("empty.txt"), "");
    Recorder recorder = new Recorder();
    try (Archive archive = Archive.open(temp.resolve("a"), Archive.Mode.WRITE,
        TestReports.analyzer())) {
      Indexer.Summary summary = new Indexer(archive, TestReports.PIPELINE, 2, 2, recorder)
          .index(List.of(lines, text, temp.resolve("empty.txt"), temp.resolve("missing.txt")));
      assertThat(summary.indexed()).isEqualTo(4);
      assertThat(summary.skipped()).isEqualTo(4);
      assertThat(archive.size()).isEqualTo(4);
      assertThat(archive.get("r4").orElseThrow().source()).isEqualTo("jang");
      assertThat(archive.get("r3").orElseThrow().date()).isNull();
      assertThat(archive.get("tehran")).isPresent();
    }
    assertThat(recorder.skipped).anySatisfy(p -> assertThat(p).contains("reports.jsonl:2")
        .contains("not valid JSON"));
    assertThat(recorder.skipped).anySatisfy(p -> assertThat(p).contains("reports.jsonl:5")
        .contains("no \"id\""));
    assertThat(recorder.skipped).anySatisfy(p -> assertThat(p).contains("empty.txt"));
    assertThat(recorder.skipped).anySatisfy(p -> assertThat(p).contains("missing.txt")
        .contains("no such file"));
    assertThat(recorder.warnings).singleElement().asString().contains("reports.jsonl:4")
        .contains("31.09.14").contains("kept without a date");
  }

  @Test
  void aByteOrderMarkLosesNoReport() throws Exception {
    // Windows editors save UTF-8 with a byte order mark; the first line is a report all the same
    Path lines = temp.resolve("bom.jsonl");
    Files.writeString(lines, "\uFEFF{\"id\": \"r1\", \"body\": \"پہلی خبر۔\"}\n"
        + "{\"id\": \"r2\", \"body\": \"دوسری خبر۔\"}\n", StandardCharsets.UTF_8);
    Path text = Files.writeString(temp.resolve("bom.txt"), "\uFEFFتہران (جیوڈیسک) خبر۔",
        StandardCharsets.UTF_8);
    Recorder recorder = new Recorder();
    try (Archive archive = Archive.open(temp.resolve("a"), Archive.Mode.WRITE,
        TestReports.analyzer())) {
      Indexer.Summary summary = new Indexer(archive, TestReports.PIPELINE, 1, 10, recorder)
          .index(List.of(lines, text));
      assertThat(summary.indexed()).isEqualTo(3);
      assertThat(archive.get("bom").orElseThrow().body()).startsWith("تہران");
    }
    assertThat(recorder.skipped).isEmpty();
  }

  @Test
  void reindexingTheSameReportsReplacesThemAndDuplicatesNothing() throws Exception {
    Path lines = temp.resolve("reports.jsonl");
    Files.write(lines, List.of(
        "{\"id\": \"r1\", \"body\": \"پہلی خبر۔\"}",
        "{\"id\": \"r2\", \"body\": \"دوسری خبر۔\"}",
        "{\"id\": \"r1\", \"body\": \"پہلی خبر، نئی۔\"}"), StandardCharsets.UTF_8);
    Path folder = temp.resolve("a");
    try (Archive archive = Archive.open(folder, Archive.Mode.WRITE, TestReports.analyzer())) {
      Indexer.Summary first = new Indexer(archive, TestReports.PIPELINE, 1, 100, new Recorder())
          .index(List.of(lines));
      assertThat(first.indexed()).isEqualTo(3);
      assertThat(first.replaced()).isEqualTo(1);
      assertThat(archive.size()).isEqualTo(2);
    }
    try (Archive archive = Archive.open(folder, Archive.Mode.WRITE, TestReports.analyzer())) {
      Indexer.Summary second = new Indexer(archive, TestReports.PIPELINE, 2, 100, new Recorder())
          .index(List.of(lines));
      assertThat(second.replaced()).isEqualTo(3);
      assertThat(archive.size()).isEqualTo(2);
      assertThat(archive.get("r1").orElseThrow().body()).isEqualTo("پہلی خبر، نئی۔");
    }
  }
}
