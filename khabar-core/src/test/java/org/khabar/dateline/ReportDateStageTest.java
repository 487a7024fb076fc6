package org.khabar.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.khabar.UrduPipeline;
import org.khabar.entity.EntityFinder;
import org.khabar.text.Document;
import org.khabar.text.Metadata;
import org.khabar.value.ValueStage;

class ReportDateStageTest {

  private static final EntityFinder NO_NAMES = document -> java.util.List.of();

  private static Document analyze(String text, Metadata metadata) {
    return UrduPipeline.withEntities(NO_NAMES).apply(Document.of("t", text, metadata));
  }

  private static String valueOf(Document document, String expression) {
    return document.get(ValueStage.LAYER).stream()
        .filter(v -> document.textOf(v).equals(expression))
        .map(v -> v.value().canonical()).findFirst().orElseThrow();
  }

  @Test
  void anUndatedReportTakesTheDateItsDatelineWritesInFull() {
    Document done = analyze("اسلام آباد (اے پی پی) ۱۲ جنوری ۲۰۲۴ء: اجلاس آج ہوگا۔", Metadata.NONE);
    assertThat(done.metadata().date()).isEqualTo(LocalDate.of(2024, 1, 12));
    assertThat(done.get(ReportDateStage.KEY)).isEqualTo(LocalDate.of(2024, 1, 12));
    assertThat(valueOf(done, "آج")).isEqualTo("2024-01-12");
  }

  @Test
  void theMetadataDateComesFirstAndADatelineWithoutAYearGivesNone() {
    Document dated = analyze("اسلام آباد (اے پی پی) ۱۲ جنوری ۲۰۲۴ء: اجلاس آج ہوگا۔",
        Metadata.NONE.withDate(LocalDate.of(2024, 1, 13)));
    assertThat(valueOf(dated, "آج")).isEqualTo("2024-01-13");
    Document noYear = analyze("ڈھاکہ ۔ یکم دسمبر (اے پی پی) اجلاس آج ہوگا۔", Metadata.NONE);
    assertThat(noYear.metadata().date()).isNull();
    assertThat(noYear.find(ReportDateStage.KEY)).isEmpty();
  }
}
