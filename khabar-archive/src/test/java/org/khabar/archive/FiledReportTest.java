package org.khabar.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.khabar.io.Report;

class FiledReportTest {

  @Test
  void filesAReportUnderItsMonthSourceAndDimensions() {
    FiledReport filed = FiledReport.of(TestReports.CRICKET,
        TestReports.PIPELINE.apply(TestReports.CRICKET.toDocument()));
    assertThat(filed.month()).isEqualTo("2016-10");
    assertThat(filed.source()).isEqualTo("APP");
    assertThat(filed.names().keySet()).containsExactlyElementsOf(ArchiveFields.MULTI_VALUED);
    assertThat(filed.minhash()).hasSize(MinHash.SIZE);
    assertThat(filed.bands()).isEqualTo(MinHash.bands(filed.minhash()));
    assertThat(filed.analysisJson()).startsWith("{\"schema\":\"khabar-analysis\"")
        .doesNotContain("\"text\":\"" + TestReports.CRICKET.body());
    assertThat(filed.extraJson()).isEqualTo("{\"domain\":\"sports\"}");
  }

  @Test
  void aReportWithoutDateSourceOrExtrasHasNoneOfThem() {
    Report bare = new Report("bare", null, "لاہور میں بارش۔", null, "  ", Map.of());
    FiledReport filed = FiledReport.of(bare, TestReports.PIPELINE.apply(bare.toDocument()));
    assertThat(filed.month()).isNull();
    assertThat(filed.source()).isNull();
    assertThat(filed.extraJson()).isNull();
  }

  @Test
  void aSourceIsKeptAsWrittenLessItsBlanks() {
    Report report = new Report("r", null, "متن۔", LocalDate.of(2015, 1, 31), " جنگ ", Map.of());
    assertThat(FiledReport.of(report, TestReports.PIPELINE.apply(report.toDocument())).source())
        .isEqualTo("جنگ");
    assertThat(FiledReport.month(LocalDate.of(2015, 1, 31))).isEqualTo("2015-01");
  }

  @Test
  void aReportWithoutASourceIsFiledUnderTheSourceItsDatelineCredits() {
    Report credited = new Report("t", null, "تہران (جیوڈیسک) ایران کے صدر نے کہا ہے کہ امن ہوگا۔",
        null, null, Map.of());
    assertThat(FiledReport.of(credited, TestReports.PIPELINE.apply(credited.toDocument()))
        .source()).isEqualTo("جیوڈیسک");
    Report own = new Report("o", null, "تہران (جیوڈیسک) ایران کے صدر نے کہا ہے کہ امن ہوگا۔",
        null, "جنگ", Map.of());
    assertThat(FiledReport.of(own, TestReports.PIPELINE.apply(own.toDocument())).source())
        .isEqualTo("جنگ");
  }

  @Test
  void anUndatedReportIsFiledUnderTheDateItsDatelineWritesInFull() {
    Report undated = new Report("d", null, "اسلام آباد (اے پی پی) ۱۲ جنوری ۲۰۲۴ء: اجلاس آج ہوگا۔",
        null, null, Map.of());
    FiledReport filed = FiledReport.of(undated, TestReports.PIPELINE.apply(undated.toDocument()));
    assertThat(filed.report().date()).isEqualTo(LocalDate.of(2024, 1, 12));
    assertThat(filed.month()).isEqualTo("2024-01");
  }
}
