package org.khabar.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real {@code analyze --format json} output against {@code docs/analysis.schema.json}. */
class AnalysisSchemaTest {

  private static final Path SCHEMA_FILE = Path.of("..", "docs", "analysis.schema.json");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static Schema schema;

  @TempDir Path dir;

  @BeforeAll
  static void loadSchema() throws IOException {
    assertThat(SCHEMA_FILE).as("the schema, from khabar-app").exists();
    try (InputStream in = Files.newInputStream(SCHEMA_FILE)) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  private static List<Error> errors(JsonNode instance) {
    return schema.validate(instance);
  }

  private List<JsonNode> analyse(String text, String... options) throws IOException {
    Path file = dir.resolve("report.txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    String[] args = new String[options.length + 2];
    args[0] = "analyze";
    System.arraycopy(options, 0, args, 1, options.length);
    args[args.length - 1] = file.toString();
    Run run = Run.khabar(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run.outLines().stream().map(AnalysisSchemaTest::parse).toList();
  }

  private static JsonNode parse(String line) {
    try {
      return MAPPER.readTree(line);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }

  private static final String REPORT =
      "کراچی ۔ 12 اگست (اے پی پی) شہر میں 35.5 ملی میٹر بارش ہوئی۔ وزیر نے کہا: ”ہم تیار ہیں۔“\n"
          + "مزید تفصیل www.khabar.pk پر، رابطہ info@khabar.pk #بارش @BBCUrdu 😊 دعویٰ B350-B-3\n";

  @Test
  void theSchemaIsAValidDraft202012Schema() throws IOException {
    Schema meta =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(com.networknt.schema.SchemaLocation.of(
                "https://json-schema.org/draft/2020-12/schema"));
    assertThat(meta.validate(MAPPER.readTree(SCHEMA_FILE.toFile()))).isEmpty();
    assertThat(meta.validate(MAPPER.readTree("{\"type\": 5, \"required\": \"id\"}"))).isNotEmpty();
  }

  @Test
  void outputOfAReportIsValid() throws IOException {
    List<JsonNode> output = analyse(REPORT, "--date", "2015-08-12");
    assertThat(output).hasSize(1);
    assertThat(errors(output.get(0))).isEmpty();
    assertThat(output.get(0).get("tokens")).extracting(token -> token.get("type").asText())
        .contains("WORD", "NUMBER", "LATIN", "PUNCT", "SYMBOL", "URL", "EMAIL", "HASHTAG", "MENTION");
  }

  @Test
  void outputInPartsAndWithoutTextIsValid() throws IOException {
    List<JsonNode> output = analyse(REPORT.repeat(20), "--part-size", "300", "--no-text");
    assertThat(output.size()).isGreaterThan(5);
    for (JsonNode part : output) {
      assertThat(errors(part)).as(part.get("id").asText()).isEmpty();
    }
    assertThat(output.get(1).get("offset").asInt()).isPositive();
  }

  @Test
  void datelinesWithSeveralPlacesNoSourceOrNoPlaceAreValid() throws IOException {
    JsonNode several = analyse("لاہور + اسلام آباد (وقائع نگار خصوصی) حکومت نے اجلاس بلایا۔").get(0);
    assertThat(several.get("dateline").get("places")).hasSize(2);
    assertThat(errors(several)).isEmpty();
    JsonNode colon = analyse("اسلام آباد: وفاقی حکومت نے بجٹ پیش کر دیا۔").get(0);
    assertThat(colon.get("dateline").has("source")).isFalse();
    assertThat(errors(colon)).isEmpty();
    JsonNode sourceOnly = analyse("(اے پی پی) وفاقی حکومت نے بجٹ پیش کر دیا۔").get(0);
    assertThat(sourceOnly.get("dateline").has("place")).isFalse();
    assertThat(sourceOnly.get("dateline").get("source").get("text").asText()).isEqualTo("اے پی پی");
    assertThat(errors(sourceOnly)).isEmpty();
  }

  @Test
  void outputOfAnEmptyFileIsValid() throws IOException {
    assertThat(errors(analyse("").get(0))).isEmpty();
  }

  @Test
  void theSchemaRejectsBrokenOutput() throws IOException {
    JsonNode good = analyse("بارش ہوئی۔").get(0);
    ObjectNode noSchema = good.deepCopy();
    noSchema.remove("schema");
    assertThat(errors(noSchema)).isNotEmpty();
    ObjectNode wrongVersion = good.deepCopy();
    wrongVersion.put("version", "2.0");
    assertThat(errors(wrongVersion)).isNotEmpty();
    ObjectNode badType = good.deepCopy();
    ((ObjectNode) badType.get("tokens").get(0)).put("type", "NOUN");
    assertThat(errors(badType)).isNotEmpty();
    ObjectNode negative = good.deepCopy();
    ((ObjectNode) negative.get("sentences").get(0)).put("start", -1);
    assertThat(errors(negative)).isNotEmpty();
    ObjectNode unknownTokenField = good.deepCopy();
    ((ObjectNode) unknownTokenField.get("tokens").get(0)).put("lemma", "بارش");
    assertThat(errors(unknownTokenField)).isNotEmpty();
  }

  @Test
  void propertiesOfLaterVersionsAreAllowed() throws IOException {
    ObjectNode later = analyse("بارش ہوئی۔").get(0).deepCopy();
    later.putArray("translations");
    later.putObject("sentiment");
    assertThat(errors(later)).isEmpty();
  }

  @Test
  void theTehranReportsFullAnalysisIsValid() throws IOException {
    String text = java.nio.file.Files.readString(
        java.nio.file.Path.of("..", "examples", "tehran-geo-desk.txt"));
    ObjectNode analysis = analyse(text).get(0).deepCopy();
    assertThat(analysis.get("entities")).isNotEmpty();
    assertThat(analysis.get("statements")).isNotEmpty();
    assertThat(analysis.get("dateline").isObject()).isTrue();
    assertThat(errors(analysis)).isEmpty();
  }

  @Test
  void aMisshapedStatementIsCaught() throws IOException {
    ObjectNode analysis = analyse("انہوں نے کہا کہ بارش ہوگی۔").get(0).deepCopy();
    analysis.putArray("statements").addObject().put("start", 0).put("type", "sung");
    assertThat(errors(analysis)).isNotEmpty();
  }
}
