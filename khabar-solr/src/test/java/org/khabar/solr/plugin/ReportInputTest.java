package org.khabar.solr.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;
import org.khabar.io.Report;

class ReportInputTest {

  private static SolrInputDocument doc(Object... fields) {
    SolrInputDocument doc = new SolrInputDocument();
    for (int i = 0; i < fields.length; i += 2) {
      doc.setField((String) fields[i], fields[i + 1]);
    }
    return doc;
  }

  @Test
  void readsAReportAsAJsonLinesRecordIsRead() {
    Report report = ReportInput.read(doc("id", "r1", "title", "سرخی", "text", "متن۔",
        "newspaper", "جنگ", "date", "30.09.15", "domain", "sports"), warning -> { });
    assertThat(report).isEqualTo(new Report("r1", "سرخی", "متن۔", LocalDate.of(2015, 9, 30),
        "جنگ", Map.of("domain", "sports")));
  }

  @Test
  void takesADateValueAsItsDayInUtc() {
    Date date = Date.from(LocalDate.of(2016, 1, 2).atStartOfDay(ZoneOffset.UTC).toInstant());
    assertThat(ReportInput.read(doc("id", "r", "body", "متن", "date", date), w -> { }).date())
        .isEqualTo(LocalDate.of(2016, 1, 2));
  }

  @Test
  void keepsAReportWithAnUnreadableDateWithoutItAndSaysSo() {
    List<String> warnings = new ArrayList<>();
    Report report = ReportInput.read(doc("id", "r", "body", "متن", "date", "kal"),
        warnings::add);
    assertThat(report.date()).isNull();
    assertThat(warnings).singleElement().asString().contains("\"kal\"");
  }

  @Test
  void refusesWhatIsNotOneWholeReport() {
    assertThatThrownBy(() -> ReportInput.read(doc("id", "r"), w -> { }))
        .hasMessageContaining("report r has no \"body\"");
    assertThatThrownBy(() -> ReportInput.read(doc("id", "r", "body", List.of("a", "b")),
        w -> { })).hasMessageContaining("field \"body\" has 2 values");
    assertThatThrownBy(() -> ReportInput.read(doc("id", "r", "body", Map.of("set", "x")),
        w -> { })).hasMessageContaining("partial update");
  }
}
