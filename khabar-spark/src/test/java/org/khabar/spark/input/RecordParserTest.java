package org.khabar.spark.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecordParserTest {

  private static InputRecord line(String json) {
    InputRecord record = new InputRecord();
    record.setFile("file:/news/a.jsonl");
    record.setOffset(120L);
    record.setJson(json);
    return record;
  }

  @Test
  void aGoodLineBecomesAReportWithItsFields() {
    ParsedRecord parsed = RecordParser.parse(line("{\"id\": \"r1\", \"title\": \"سرخی\","
        + " \"newspaper\": \"APP\", \"date\": \"30.09.15\", \"text\": \"لاہور میں بارش\"}"));

    assertThat(parsed.getReason()).isNull();
    assertThat(parsed.getId()).isEqualTo("r1");
    assertThat(parsed.getHeadline()).isEqualTo("سرخی");
    assertThat(parsed.getSource()).isEqualTo("APP");
    assertThat(parsed.getDate()).isEqualTo(LocalDate.of(2015, 9, 30));
    assertThat(parsed.getBody()).isEqualTo("لاہور میں بارش");
    assertThat(parsed.getFile()).isEqualTo("file:/news/a.jsonl");
    assertThat(parsed.getOffset()).isEqualTo(120L);
  }

  @Test
  void aBadLineIsRejectedWithTheReasonAndItsIdIfItHasOne() {
    ParsedRecord noBody = RecordParser.parse(line("{\"id\": \"r2\", \"headline\": \"سرخی\"}"));
    ParsedRecord broken = RecordParser.parse(line("{\"id\": \"r3\", \"body\": \"ادھ"));
    ParsedRecord array = RecordParser.parse(line("[1, 2]"));

    assertThat(noBody.getReason()).isEqualTo("report r2 has no \"body\" (or \"text\")");
    assertThat(noBody.getId()).isEqualTo("r2");
    assertThat(noBody.getBody()).isNull();
    assertThat(broken.getReason()).startsWith("not valid JSON");
    assertThat(broken.getId()).isNull();
    assertThat(array.getReason()).isEqualTo("not a JSON object");
    assertThat(array.getRecord()).isEqualTo("[1, 2]");
  }

  @Test
  void aLineThatWasNotUtf8IsRejectedAsSuch() {
    InputRecord record = line("{\"id\": \"r4\", \"body\": \"caf\uFFFD\"}");
    record.setProblem("not UTF-8 text");

    assertThat(RecordParser.parse(record).getReason()).isEqualTo("not UTF-8 text");
  }

  @Test
  void aDateThatCannotBeReadIsLeftOutWithAWarning() {
    ParsedRecord parsed = RecordParser.parse(line("{\"id\": \"r5\", \"date\": \"kal\","
        + " \"body\": \"خبر\"}"));

    assertThat(parsed.getReason()).isNull();
    assertThat(parsed.getDate()).isNull();
    assertThat(parsed.getWarning()).contains("\"kal\"").contains("kept without a date");
  }

  @Test
  void onlyTheStartOfALongRejectedRecordIsKept() {
    String longLine = "[\"" + "ب".repeat(5000) + "\"]";

    assertThat(RecordParser.parse(line(longLine)).getRecord())
        .hasSize(RecordParser.KEPT_CHARS);
  }
}
