package org.khabar.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    return file(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path file(String name, byte[] bytes) throws IOException {
    Path path = dir.resolve(name);
    Files.write(path, bytes);
    return path;
  }

  private static List<JsonNode> json(Run run) throws IOException {
    List<JsonNode> objects = new ArrayList<>();
    for (String line : run.outLines()) {
      objects.add(MAPPER.readTree(line));
    }
    return objects;
  }

  @Test
  void analysesAFileAsOneJsonLine() throws Exception {
    Path report = file("karachi-rain.txt", "کراچی میں بارش ہوئی۔ سڑکیں بند ہو گئیں۔\n");
    Run run = Run.khabar("analyze", report.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    List<JsonNode> objects = json(run);
    assertThat(objects).hasSize(1);
    JsonNode analysis = objects.get(0);
    assertThat(analysis.get("id").asText()).isEqualTo("karachi-rain");
    assertThat(analysis.get("sentences")).hasSize(2);
    assertThat(analysis.get("tokens").get(0).get("text").asText()).isEqualTo("کراچی");
    assertThat(analysis.get("text").asText()).isEqualTo("کراچی میں بارش ہوئی۔ سڑکیں بند ہو گئیں۔\n");
  }

  @Test
  void optionsReachTheOutput() throws Exception {
    Path report = file("r.txt", "خبر۔");
    Run run = Run.khabar("analyze", "--no-text", "--date", "2015-09-30", report.toString());
    JsonNode analysis = json(run).get(0);
    assertThat(analysis.has("text")).isFalse();
    assertThat(analysis.get("metadata").get("date").asText()).isEqualTo("2015-09-30");
    Run pretty = Run.khabar("analyze", "--pretty", report.toString());
    assertThat(pretty.outLines().size()).isGreaterThan(5);
    assertThat(MAPPER.readTree(pretty.out()).get("id").asText()).isEqualTo("r");
  }

  @Test
  void textFormatListsTheSentences() throws Exception {
    Path report = file("r.txt", "بارش ہوئی۔ سڑکیں بند ہیں۔");
    Run run = Run.khabar("analyze", "--format", "text", report.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines())
        .containsSubsequence("== r: 2 sentences, 7 tokens", "[1] بارش ہوئی۔", "[2] سڑکیں بند ہیں۔");
  }

  @Test
  void conlluFormatHasTokenRangesAndSpaceAfter() throws Exception {
    Path report = file("r.txt", "بارش ہوئی۔");
    Run run = Run.khabar("analyze", "-f", "conllu", report.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines())
        .containsSubsequence(
            "# newdoc id = r",
            "# sent_id = r-1",
            "# text = بارش ہوئی۔",
            "1\tبارش\t_\t_\t_\t_\t_\t_\t_\tTokenRange=0:4",
            "2\tہوئی\t_\t_\t_\t_\t_\t_\t_\tTokenRange=5:9|SpaceAfter=No",
            "3\t۔\t_\t_\t_\t_\t_\t_\t_\tTokenRange=9:10|SpaceAfter=No");
  }

  @Test
  void missingFileIsReportedAndTheOtherFilesAreStillAnalysed() throws Exception {
    Path first = file("first.txt", "پہلی خبر۔");
    Path missing = dir.resolve("missing.txt");
    Path last = file("last.txt", "آخری خبر۔");
    Run run = Run.khabar("analyze", first.toString(), missing.toString(), last.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(run.errLines()).containsExactly("khabar: " + missing + ": no such file");
    assertThat(json(run)).extracting(node -> node.get("id").asText()).containsExactly("first", "last");
  }

  @Test
  void directoryIsReported() throws Exception {
    Path good = file("good.txt", "خبر۔");
    Run run = Run.khabar("analyze", dir.toString(), good.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(run.errLines()).containsExactly("khabar: " + dir + ": is a directory, not a text file");
    assertThat(json(run)).hasSize(1);
  }

  @Test
  void invalidUtf8IsReportedWithItsLine() throws Exception {
    byte[] text = "پہلی سطر\nدوسری ".getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[text.length + 2];
    System.arraycopy(text, 0, bad, 0, text.length);
    bad[text.length] = (byte) 0xFF;
    bad[text.length + 1] = '\n';
    Path path = file("latin.txt", bad);
    Path good = file("good.txt", "خبر۔");
    Run run = Run.khabar("analyze", path.toString(), good.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines().get(0))
        .startsWith("khabar: " + path + ":2: not UTF-8 text: byte 0xFF at byte " + text.length);
    assertThat(json(run)).extracting(node -> node.get("id").asText()).containsExactly("good");
  }

  @Test
  void binaryFileIsReported() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D'};
    Path path = file("photo.png", png);
    Run run = Run.khabar("analyze", path.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(run.errLines())
        .containsExactly("khabar: " + path + ":3: a binary file, not text (it has NUL bytes)");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void emptyFileIsAWarningNotAnError() throws Exception {
    Path empty = file("empty.txt", "");
    Run run = Run.khabar("analyze", empty.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.errLines()).containsExactly("khabar: " + empty + ": empty file, nothing to analyse");
    JsonNode analysis = json(run).get(0);
    assertThat(analysis.get("length").asInt()).isZero();
    assertThat(analysis.get("tokens")).isEmpty();
  }

  @Test
  void standardInputIsReadWithTheDash() throws Exception {
    java.io.InputStream stdin = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream("خبر۔".getBytes(StandardCharsets.UTF_8)));
      Run run = Run.khabar("analyze", "-");
      assertThat(run.exitCode()).isZero();
      assertThat(json(run).get(0).get("id").asText()).isEqualTo("stdin");
      System.setIn(new java.io.ByteArrayInputStream(new byte[] {'a', (byte) 0xC0}));
      Run bad = Run.khabar("analyze", "-");
      assertThat(bad.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
      assertThat(bad.errLines()).singleElement().asString().startsWith("khabar: <stdin>:1: not UTF-8");
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void partSizeBelowTheMinimumIsAUsageError() throws Exception {
    Path report = file("r.txt", "خبر۔");
    Run run = Run.khabar("analyze", "--part-size", "1", report.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--part-size must be at least 2");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void largeFileIsAnalysedInPartsWithOffsetsIntoTheWholeFile() throws Exception {
    StringBuilder text = new StringBuilder();
    String[] paragraphs = {
      "کراچی ۔ 12 اگست (اے پی پی) شہر میں بارش ہوئی۔ سڑکیں بند ہو گئیں۔\n",
      "وزیر اعلیٰ نے کہا: ”ہم تیار ہیں۔“ امدادی کام جاری ہے۔\n",
      "درجہ حرارت 35.5 ڈگری رہا اور ۲۰۱۵ء کے بعد یہ سب سے زیادہ ہے 😊۔\n\n"
    };
    for (int i = 0; text.length() < 120_000; i++) {
      text.append(paragraphs[i % paragraphs.length]);
    }
    String whole = text.toString();
    Path big = file("big.txt", whole);
    Run run = Run.khabar("analyze", "--part-size", "5000", "--no-text", big.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    List<JsonNode> parts = json(run);
    assertThat(parts.size()).isGreaterThan(24);
    long expectedOffset = 0;
    int tokens = 0;
    for (int i = 0; i < parts.size(); i++) {
      JsonNode part = parts.get(i);
      assertThat(part.get("id").asText()).isEqualTo("big#" + (i + 1));
      assertThat(part.path("offset").asLong(0)).isEqualTo(expectedOffset);
      int length = part.get("length").asInt();
      assertThat(length).isLessThanOrEqualTo(5000);
      assertThat(whole.charAt((int) expectedOffset + length - 1)).as("part %d ends a line", i)
          .isEqualTo('\n');
      for (JsonNode token : part.get("tokens")) {
        int start = token.get("start").asInt();
        int end = token.get("end").asInt();
        assertThat(start).isGreaterThanOrEqualTo((int) expectedOffset);
        assertThat(end).isLessThanOrEqualTo((int) expectedOffset + length);
        assertThat(whole.substring(start, end)).isEqualTo(token.get("text").asText());
        tokens++;
      }
      for (JsonNode sentence : part.get("sentences")) {
        assertThat(whole.substring(sentence.get("start").asInt(), sentence.get("end").asInt()))
            .isEqualTo(sentence.get("text").asText());
      }
      expectedOffset += length;
    }
    assertThat(expectedOffset).isEqualTo(whole.length());
    Run inOne = Run.khabar("analyze", "--no-text", big.toString());
    assertThat(json(inOne).get(0).get("tokens")).hasSize(tokens);
  }

  @Test
  void analysesEachReportOfAJsonLinesFileAgainstItsOwnDate() throws Exception {
    Path reports = file("news.jsonl", String.join("\n",
        "{\"id\": \"a\", \"headline\": \"بارش\", \"body\": \"کل لاہور میں بارش ہوئی۔\","
            + " \"date\": \"2015-09-30\", \"source\": \"APP\"}",
        "{\"id\": \"b\", \"body\": \"آج کراچی میں دھوپ ہے۔\"}",
        ""));
    Run run = Run.khabar("analyze", "--date", "2016-01-10", reports.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    List<JsonNode> objects = json(run);
    assertThat(objects).extracting(o -> o.get("id").asText()).containsExactly("a", "b");
    assertThat(objects.get(0).get("text").asText()).isEqualTo("کل لاہور میں بارش ہوئی۔");
    assertThat(objects.get(0).toString()).contains("2015-09-29").doesNotContain("2016-01");
    assertThat(objects.get(1).toString()).contains("2016-01-10");
  }

  @Test
  void aBrokenJsonLineIsReportedWithItsNumberAndTheRestIsAnalysed() throws Exception {
    Path reports = file("news.jsonl", String.join("\n",
        "{\"id\": \"a\", \"body\": \"لاہور میں بارش ہوئی۔\"}",
        "{\"id\": \"b\", \"body\": ",
        "{\"id\": \"c\", \"body\": \"کراچی میں دھوپ ہے۔\"}",
        ""));
    Run run = Run.khabar("analyze", reports.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(json(run)).extracting(o -> o.get("id").asText()).containsExactly("a", "c");
    assertThat(run.errLines()).singleElement().asString().contains("news.jsonl:2");
  }
}
