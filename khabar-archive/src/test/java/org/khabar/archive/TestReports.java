package org.khabar.archive;

import java.time.LocalDate;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.khabar.lucene.UrduAnalyzer;
import org.khabar.UrduPipeline;
import org.khabar.io.Report;
import org.khabar.pipeline.Pipeline;

/** Small hand-written reports and helpers shared by the archive tests. */
final class TestReports {

  static final Pipeline PIPELINE = UrduPipeline.full();

  static final Report CRICKET = new Report("cricket-1", "پاکستان نے ویسٹ انڈیز کو ہرا دیا",
      "کراچی (سپورٹس ڈیسک) پاکستان نے تیسرے ون ڈے میچ میں ویسٹ انڈیز کو 5 وکٹوں سے شکست دے دی۔"
          + " کپتان نے کہا کہ ٹیم نے اچھا کھیل پیش کیا۔",
      LocalDate.of(2016, 10, 5), "APP", Map.of("domain", "sports"));

  static final Report CRICKET_REWRITE = new Report("cricket-2", "ویسٹ انڈیز کو شکست",
      "کراچی (نمائندہ خصوصی) تیسرے ون ڈے میچ میں پاکستان نے ویسٹ انڈیز کو 5 وکٹوں سے شکست دے"
          + " دی اور کپتان نے کہا کہ ٹیم نے اچھا کھیل پیش کیا۔",
      LocalDate.of(2016, 10, 6), "daily_waqt", Map.of());

  static final Report WEATHER = new Report("weather-1", "لاہور میں دھند",
      "لاہور (نمائندہ خصوصی) شدید دھند کے باعث کئی پروازیں منسوخ کر دی گئیں اور موٹر وے بند رہی۔",
      LocalDate.of(2016, 11, 3), "daily_waqt", Map.of());

  private TestReports() {}

  static Analyzer analyzer() {
    return new UrduAnalyzer();
  }

  static void put(Archive archive, Report... reports) throws java.io.IOException {
    for (Report report : reports) {
      archive.put(report, PIPELINE.apply(report.toDocument()));
    }
    archive.commit();
  }
}
