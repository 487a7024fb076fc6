package org.khabar.spark.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;
import org.khabar.pipeline.Pipeline;
import org.khabar.pipeline.Stage;
import org.khabar.spark.input.ParsedRecord;

class ReportAnalyzerTest {

  private static ParsedRecord report(String id, String body) {
    ParsedRecord record = new ParsedRecord();
    record.setFile("f");
    record.setOffset(0L);
    record.setId(id);
    record.setBody(body);
    return record;
  }

  @Test
  void theTaskCarriesNoPipeline() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new ReportAnalyzer(192));
    }

    assertThat(bytes.size()).isLessThan(200);
    assertThat(SharedPipeline.get()).isSameAs(SharedPipeline.get());
  }

  @Test
  void aReportBecomesRowsAndASignature() {
    AnalyzedReport analyzed = ReportAnalyzer.analyze(SharedPipeline.get(),
        report("r", "لاہور (نمائندہ خصوصی) شہر میں بارش ہوئی۔"), 8);

    assertThat(analyzed.getReject()).isNull();
    assertThat(analyzed.getReport().getFile()).isEqualTo("f");
    assertThat(analyzed.getReport().getDateline().getPlace()).isEqualTo("لاہور");
    assertThat(analyzed.getSignature()).hasSize(8 * Long.BYTES);
  }

  @Test
  void aRepeatedIdAndAFailingPipelineAreRejectsNotFailures() {
    ParsedRecord second = report("r", "دوسری");
    second.setCopy(1);
    Pipeline failing = Pipeline.builder().add(new Stage() {
      @Override
      public String name() {
        return "failing";
      }

      @Override
      public java.util.Set<org.khabar.text.Key<?>> requires() {
        return java.util.Set.of();
      }

      @Override
      public java.util.Set<org.khabar.text.Key<?>> produces() {
        return java.util.Set.of();
      }

      @Override
      public org.khabar.text.Document apply(org.khabar.text.Document document) {
        throw new IllegalStateException("broken stage");
      }
    }).build();

    assertThat(ReportAnalyzer.analyze(SharedPipeline.get(), second, 8).getReject().getReason())
        .contains("seen before");
    AnalyzedReport failed = ReportAnalyzer.analyze(failing, report("x", "متن"), 8);
    assertThat(failed.getReport()).isNull();
    assertThat(failed.getReject().getReason()).contains("analysis failed").contains("broken stage");
    assertThat(failed.getReject().getId()).isEqualTo("x");
  }
}
