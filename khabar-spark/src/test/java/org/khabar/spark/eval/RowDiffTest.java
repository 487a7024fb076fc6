package org.khabar.spark.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.khabar.spark.rows.MentionRow;
import org.khabar.spark.rows.ReportRow;

class RowDiffTest {

  private static AnalysisRows rows(String id, int mentionEnd, String file) {
    ReportRow report = new ReportRow();
    report.setId(id);
    report.setTokens(12);
    report.setFile(file);
    MentionRow mention = new MentionRow();
    mention.setReportId(id);
    mention.setStart(3);
    mention.setEnd(mentionEnd);
    mention.setKind("name");
    mention.setType("PERSON");
    return new AnalysisRows(report, List.of(mention), List.of());
  }

  @Test
  void equalRowsHaveNoDifferenceWhereverTheyWereRead() {
    assertThat(RowDiff.between(Map.of("a", rows("a", 9, null)),
        Map.of("a", rows("a", 9, "file:/in.jsonl")))).isEmpty();
  }

  @Test
  void aMentionWithAnotherSpanIsADifference() {
    List<String> differences = RowDiff.between(Map.of("a", rows("a", 9, null)),
        Map.of("a", rows("a", 10, null)));

    assertThat(differences).singleElement().asString()
        .contains("a: mentions differ").contains("missing").contains("unexpected");
  }

  @Test
  void aMissingOrExtraReportIsADifference() {
    assertThat(RowDiff.between(Map.of("a", rows("a", 9, null)), Map.of()))
        .containsExactly("a: expected but not in the tables");
    assertThat(RowDiff.between(Map.of(), Map.of("b", rows("b", 9, null))))
        .containsExactly("b: in the tables but not expected");
  }

  @Test
  void aCountThatDiffersIsADifference() {
    AnalysisRows written = rows("a", 9, null);
    written.report().setTokens(13);

    assertThat(RowDiff.between(Map.of("a", rows("a", 9, null)), Map.of("a", written)))
        .singleElement().asString().contains("reports row differs");
  }
}
