package org.khabar.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.khabar.UrduPipeline;
import org.khabar.text.Document;
import org.khabar.text.Metadata;

class AnalysisJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static Document analysed(String text, Metadata metadata) {
    return UrduPipeline.full().apply(Document.of("report-1", text, metadata));
  }

  @Test
  void writesTheSchemaNameVersionAndTheDocument() throws Exception {
    JsonNode json =
        MAPPER.readTree(new AnalysisJson(true).toJson(analysed("بارش ہوئی۔", Metadata.NONE)));
    assertThat(json.get("schema").asText()).isEqualTo("khabar-analysis");
    assertThat(json.get("version").asText()).isEqualTo("1.3");
    assertThat(json.get("id").asText()).isEqualTo("report-1");
    assertThat(json.get("length").asInt()).isEqualTo(10);
    assertThat(json.get("text").asText()).isEqualTo("بارش ہوئی۔");
    assertThat(json.has("offset")).isFalse();
    assertThat(json.has("metadata")).isFalse();
  }

  @Test
  void tokensHaveSpansTextTypeAndANormOnlyWhereItDiffers() throws Exception {
    JsonNode tokens =
        MAPPER.readTree(new AnalysisJson(true).toJson(analysed("دعویٰ كيا۔", Metadata.NONE)))
            .get("tokens");
    assertThat(tokens).hasSize(3);
    JsonNode claim = tokens.get(0);
    assertThat(claim.get("start").asInt()).isZero();
    assertThat(claim.get("end").asInt()).isEqualTo(5);
    assertThat(claim.get("text").asText()).isEqualTo("دعویٰ");
    assertThat(claim.get("norm").asText()).isEqualTo("دعوی");
    assertThat(claim.get("type").asText()).isEqualTo("WORD");
    assertThat(tokens.get(1).get("norm").asText()).isEqualTo("کیا");
    assertThat(tokens.get(2).has("norm")).isFalse();
    assertThat(tokens.get(2).get("type").asText()).isEqualTo("PUNCT");
  }

  @Test
  void sentencesHaveSpansTextAndTheirTokenRange() throws Exception {
    JsonNode sentences =
        MAPPER.readTree(new AnalysisJson(true).toJson(analysed("بارش ہوئی۔ سڑکیں بند۔", Metadata.NONE)))
            .get("sentences");
    assertThat(sentences).hasSize(2);
    assertThat(sentences.get(1).get("start").asInt()).isEqualTo(11);
    assertThat(sentences.get(1).get("end").asInt()).isEqualTo(21);
    assertThat(sentences.get(1).get("text").asText()).isEqualTo("سڑکیں بند۔");
    assertThat(sentences.get(1).get("tokens").toString()).isEqualTo("[3,6]");
  }

  @Test
  void aPartOffsetIsAddedToEverySpanAndWritten() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new AnalysisJson(false).write(analysed("بارش ہوئی۔", Metadata.NONE), 1000, out);
    JsonNode json = MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(json.get("offset").asInt()).isEqualTo(1000);
    assertThat(json.get("length").asInt()).isEqualTo(10);
    assertThat(json.has("text")).isFalse();
    assertThat(json.get("tokens").get(0).get("start").asInt()).isEqualTo(1000);
    assertThat(json.get("tokens").get(2).get("end").asInt()).isEqualTo(1010);
    assertThat(json.get("sentences").get(0).get("start").asInt()).isEqualTo(1000);
    assertThat(json.get("sentences").get(0).get("tokens").toString()).isEqualTo("[0,3]");
  }

  @Test
  void metadataIsWrittenWhenKnown() throws Exception {
    Metadata metadata = new Metadata("سرخی", LocalDate.of(2015, 9, 30), null);
    JsonNode json = MAPPER.readTree(new AnalysisJson(true).toJson(analysed("خبر", metadata)));
    assertThat(json.get("metadata").get("headline").asText()).isEqualTo("سرخی");
    assertThat(json.get("metadata").get("date").asText()).isEqualTo("2015-09-30");
    assertThat(json.get("metadata").has("source")).isFalse();
  }

  @Test
  void aDocumentWithoutLayersHasNoTokensOrSentences() throws Exception {
    JsonNode json = MAPPER.readTree(new AnalysisJson(true).toJson(Document.of("d", "")));
    assertThat(json.has("tokens")).isFalse();
    assertThat(json.has("sentences")).isFalse();
    assertThat(json.get("length").asInt()).isZero();
  }
}
