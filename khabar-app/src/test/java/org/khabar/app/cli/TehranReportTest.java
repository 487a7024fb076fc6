package org.khabar.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code khabar analyze examples/tehran-geo-desk.txt --date 2016-12-26}: who said what, in JSON. */
class TehranReportTest {

  static JsonNode report;

  @BeforeAll
  static void analyze() throws Exception {
    StringWriter out = new StringWriter();
    CommandLine commandLine = KhabarCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(new StringWriter(), true));
    int code = commandLine.execute("analyze",
        Path.of("..", "examples", "tehran-geo-desk.txt").toString(), "--date", "2016-12-26");
    assertThat(code).isEqualTo(ExitCodes.OK);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    report = json.isArray() ? json.get(0) : json;
  }

  private static JsonNode cluster(String name) {
    for (JsonNode c : report.get("clusters")) {
      if (c.get("name").asText().equals(name)) {
        return c;
      }
    }
    throw new AssertionError("no cluster " + name);
  }

  private static String speakerOf(JsonNode statement) {
    return report.get("clusters").get(statement.get("speaker").asInt()).get("name").asText();
  }

  @Test
  void datelineIsTehranFromGeosDesk() {
    JsonNode dateline = report.get("dateline");
    assertThat(dateline.at("/place/text").asText()).isEqualTo("تہران");
    assertThat(dateline.at("/source/parts/0/description").asText()).isEqualTo("desk of Geo");
  }

  @Test
  void whoSaidWhat() {
    List<String> speakers = new ArrayList<>();
    JsonNode rouhani = null;
    for (JsonNode s : report.get("statements")) {
      speakers.add(speakerOf(s));
      if (s.get("type").asText().equals("direct")) {
        rouhani = s;
      }
    }
    assertThat(speakers).containsSubsequence("حسن روحانی", "ولادی میر پوتین", "ولادی میر پوتین",
        "ولادی میر پوتین", "سرگئی شوئیگو");
    assertThat(speakerOf(rouhani)).isEqualTo("حسن روحانی");
    assertThat(rouhani.at("/date/text").asText()).isEqualTo("اتوار کو");
    assertThat(rouhani.at("/date/value/canonical").asText()).isEqualTo("2016-12-25");
  }

  @Test
  void clustersHaveTitlesAndLatinNames() {
    assertThat(cluster("حسن روحانی").get("title").asText()).isEqualTo("ایران کے صدر");
    assertThat(cluster("ولادی میر پوتین").get("type").asText()).isEqualTo("PERSON");
    assertThat(cluster("سرگئی شوئیگو").get("title").asText()).isEqualTo("روسی وزیر دفاع");
    assertThat(cluster("شام").get("latin").asText()).isEqualTo("Syria");
    assertThat(cluster("تہران").get("latin").asText()).isEqualTo("Tehran");
  }

  @Test
  void scareQuotesAreNoStatements() {
    List<String> scare = new ArrayList<>();
    for (JsonNode q : report.get("quotations")) {
      if (q.get("kind").asText().equals("scare")) {
        scare.add(q.get("text").asText());
      }
    }
    assertThat(scare).containsExactly("دہشت گردوں", "دہشت گرد");
  }
}
