package org.khabar.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoredAnalysisTest {

  static final String BODY = "ایران کے صدر حسن روحانی نے کہا کہ امن ضروری ہے۔ روحانی نے یہ بھی کہا۔";

  static StoredAnalysis read(String json) throws Exception {
    return StoredAnalysis.of(Json.MAPPER.readTree(json), BODY);
  }

  @Test
  void anAnalysisWithoutTheNewPartsHasNoneOfThem() throws Exception {
    StoredAnalysis analysis = read("{\"schema\": \"khabar-analysis\", \"tokens\": []}");
    assertThat(analysis.entities()).isEmpty();
    assertThat(analysis.clusters()).isEmpty();
    assertThat(analysis.statements()).isEmpty();
    assertThat(StoredAnalysis.of(null, BODY).statements()).isEmpty();
  }

  @Test
  void clustersGatherMentionsByIndexAndStatementsFindTheirSpeaker() throws Exception {
    int rouhani = BODY.indexOf("حسن روحانی");
    int later = BODY.lastIndexOf("روحانی");
    int said = BODY.indexOf("امن ضروری ہے");
    StoredAnalysis analysis = read("{\"entities\": ["
        + "{\"start\": " + rouhani + ", \"end\": " + (rouhani + 10) + ", \"type\": \"PERSON\"},"
        + "{\"start\": " + later + ", \"end\": " + (later + 6) + ", \"type\": \"PERSON\"}],"
        + "\"clusters\": [{\"name\": \"حسن روحانی\", \"latin\": \"Hassan Rouhani\","
        + " \"title\": \"صدر\", \"mentions\": [0, 1]}],"
        + "\"statements\": [{\"start\": " + said + ", \"end\": " + (said + 12) + ","
        + " \"type\": \"indirect\", \"verb\": \"کہا\", \"speaker\": 0}]}");
    assertThat(analysis.entities()).extracting(StoredAnalysis.Mention::text)
        .containsExactly("حسن روحانی", "روحانی");
    StoredAnalysis.Cluster cluster = analysis.clusters().get(0);
    assertThat(cluster.latin()).isEqualTo("Hassan Rouhani");
    assertThat(cluster.mentions()).hasSize(2);
    StoredAnalysis.Statement statement = analysis.statements().get(0);
    assertThat(statement.text()).isEqualTo("امن ضروری ہے");
    assertThat(statement.speaker()).isSameAs(cluster);
    assertThat(statement.kind()).isEqualTo("indirect");
    assertThat(statement.verb()).isEqualTo("کہا");
  }

  @Test
  void readsOtherSpellingsOfTheSchema() throws Exception {
    int rouhani = BODY.indexOf("حسن روحانی");
    int said = BODY.indexOf("امن ضروری ہے");
    StoredAnalysis analysis = read("{\"entities\": [{\"start\": " + rouhani + ", \"end\": "
        + (rouhani + 10) + ", \"type\": \"PERSON\", \"cluster\": \"c7\"}],"
        + "\"clusters\": [{\"id\": \"c7\", \"canonical\": \"حسن روحانی\","
        + " \"latin_name\": \"Hassan Rouhani\"}],"
        + "\"statements\": [{\"span\": [" + said + ", " + (said + 12) + "], \"direct\": true,"
        + " \"verb\": {\"text\": \"کہا\"}, \"speaker\": {\"cluster\": \"c7\"}},"
        + " {\"start\": 0, \"end\": 5, \"speaker\": \"نامعلوم ذرائع\"},"
        + " {\"start\": 5, \"end\": 99999}]}");
    assertThat(analysis.clusters().get(0).mentions()).hasSize(1);
    assertThat(analysis.clusters().get(0).latin()).isEqualTo("Hassan Rouhani");
    assertThat(analysis.statements()).hasSize(2);
    assertThat(analysis.statements().get(0).kind()).isEqualTo("direct");
    assertThat(analysis.statements().get(0).speaker().name()).isEqualTo("حسن روحانی");
    assertThat(analysis.statements().get(1).speaker()).isNull();
    assertThat(analysis.statements().get(1).speakerText()).isEqualTo("نامعلوم ذرائع");
  }
}
