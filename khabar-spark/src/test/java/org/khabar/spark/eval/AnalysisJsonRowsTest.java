package org.khabar.spark.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.khabar.io.Report;
import org.khabar.spark.rows.MentionRow;

/** Rows read from analysis JSON, including the "entities" field the NER branch adds. */
class AnalysisJsonRowsTest {

  private static final String JSON = "{\"schema\":\"khabar-analysis\",\"version\":\"1.0\","
      + "\"id\":\"r1\",\"length\":60,"
      + "\"dateline\":{\"start\":0,\"end\":12,\"place\":{\"start\":0,\"end\":5,\"text\":\"لاہور\","
      + "\"entity\":0},\"date\":{\"start\":8,\"end\":10,\"text\":\"5 مئی\",\"monthDay\":\"--05-05\","
      + "\"value\":\"2016-05-05\"},\"source\":{\"start\":11,\"end\":12,\"text\":\"APP\","
      + "\"parts\":[{\"kind\":\"agency\",\"name\":\"APP\",\"text\":\"APP\","
      + "\"description\":\"agency APP\"}]}},"
      + "\"clusters\":[{\"id\":0,\"type\":\"LOCATION\",\"name\":\"لاہور\",\"latin\":\"Lahore\","
      + "\"mentions\":[{\"start\":0,\"end\":5,\"text\":\"لاہور\",\"kind\":\"name\"}]},"
      + "{\"id\":1,\"type\":\"UNKNOWN\",\"name\":\"حکام\",\"mentions\":[{\"start\":20,\"end\":24,"
      + "\"text\":\"حکام\",\"kind\":\"phrase\"}]}],"
      + "\"statements\":[{\"start\":30,\"end\":50,\"text\":\"بارش ہو گی\",\"type\":\"indirect\","
      + "\"verb\":\"کہا\",\"speaker\":1,\"speakerMention\":{\"start\":20,\"end\":24,"
      + "\"text\":\"حکام\"}},{\"start\":52,\"end\":58,\"text\":\"کچھ\",\"type\":\"direct\","
      + "\"verb\":\"کہا\",\"speaker\":null}],"
      + "\"quotations\":[],\"sentences\":[{\"start\":0,\"end\":60}],"
      + "\"entities\":[{\"start\":0,\"end\":5,\"text\":\"لاہور\",\"type\":\"LOCATION\"},"
      + "{\"start\":40,\"end\":42,\"text\":\"35\",\"type\":\"NUMBER\",\"value\":{\"canonical\":\"35\",\"kind\":\"number\"}}],"
      + "\"tokens\":[{},{},{}]}";

  private static final Report REPORT = new Report("r1", "سرخی", "x".repeat(60),
      LocalDate.of(2016, 5, 5), "APP", Map.of());

  @Test
  void clusterMentionsThenEntitiesOutsideClustersWithTheirValues() {
    AnalysisRows rows = AnalysisJsonRows.of(JSON, REPORT, null);

    assertThat(rows.mentions()).extracting(MentionRow::getText, MentionRow::getKind,
            MentionRow::getCluster, MentionRow::getType, MentionRow::getValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("لاہور", "name", 0, "LOCATION", null),
            org.assertj.core.groups.Tuple.tuple("حکام", "phrase", 1, "UNKNOWN", null),
            org.assertj.core.groups.Tuple.tuple("35", "entity", null, "NUMBER", "35"));
    assertThat(rows.mentions().get(0).getLatin()).isEqualTo("Lahore");
  }

  @Test
  void statementsTakeTheirSpeakersNameFromTheClusters() {
    AnalysisRows rows = AnalysisJsonRows.of(JSON, REPORT, null);

    assertThat(rows.statements()).hasSize(2);
    assertThat(rows.statements().get(0).getSpeakerName()).isEqualTo("حکام");
    assertThat(rows.statements().get(0).getSpeakerStart()).isEqualTo(20);
    assertThat(rows.statements().get(1).getSpeaker()).isNull();
    assertThat(rows.statements().get(1).getSpeakerName()).isNull();
  }

  @Test
  void theReportRowCountsWhatTheJsonHas() {
    AnalysisRows rows = AnalysisJsonRows.of(JSON, REPORT, "a warning");

    assertThat(rows.report().getEntities()).isEqualTo(2);
    assertThat(rows.report().getTokens()).isEqualTo(3);
    assertThat(rows.report().getMentions()).isEqualTo(3);
    assertThat(rows.report().getClusters()).isEqualTo(2);
    assertThat(rows.report().getHeadline()).isEqualTo("سرخی");
    assertThat(rows.report().getWarning()).isEqualTo("a warning");
    assertThat(rows.report().getDateline().getDate()).isEqualTo(LocalDate.of(2016, 5, 5));
    assertThat(rows.report().getDateline().getPlaceEntity()).isZero();
    assertThat(rows.report().getDateline().getSources().get(0).getDescription())
        .isEqualTo("agency APP");
  }
}
