package org.khabar.app.server;

import static org.khabar.entity.EntityType.DESIGNATION;
import static org.khabar.entity.EntityType.LOCATION;
import static org.khabar.entity.EntityType.ORGANIZATION;
import static org.khabar.entity.EntityType.PERSON;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.khabar.archive.Archive;

/**
 * A small archive for the server's tests: three reports with entities, clusters, statements and
 * datelines (two of them telling the same story), and twelve plain ones over a year, some with
 * no names at all. All mention شام, so a search for it has two pages.
 */
final class FixtureArchive {

  static final String TEHRAN = "tehran-talks";
  static final String ASTANA = "astana-talks";
  static final String ASTANA_DAILY = "astana-daily";
  static final int PLAIN = 12;

  private static Path built;

  private FixtureArchive() {}

  /** The folder of the archive, built once per test run. */
  static synchronized Path folder() throws Exception {
    if (built == null) {
      Path folder = Files.createTempDirectory("khabar-fixture-archive");
      TempFolders.deleteAtExit(folder);
      write(folder);
      built = folder;
    }
    return built;
  }

  static Archive openForReading() throws Exception {
    return Archive.open(folder(), Archive.Mode.READ, new StandardAnalyzer());
  }

  /** A new writable copy: the fixture reports in a folder of their own. */
  static Archive openWritableCopy() throws Exception {
    Path folder = Files.createTempDirectory("khabar-fixture-writable");
    TempFolders.deleteAtExit(folder);
    write(folder);
    return Archive.open(folder, Archive.Mode.WRITE, new StandardAnalyzer());
  }

  private static void write(Path folder) throws Exception {
    try (Archive archive = Archive.open(folder, Archive.Mode.WRITE, new StandardAnalyzer())) {
      for (FixtureReport report : reports()) {
        archive.put(report.report(), report.document(), report.analysisJson());
      }
      archive.commit();
    }
  }

  static List<FixtureReport> reports() {
    List<FixtureReport> reports = new ArrayList<>();
    reports.add(new FixtureReport(TEHRAN, "2016-12-20", "جیو نیوز",
        "روحانی اور پوتین کا حلب میں فتح کا خیرمقدم",
        "تہران (جیو ڈیسک) ایران کے صدر حسن روحانی نے کہا ہے کہ ”شام میں امن کی بحالی سب کی"
            + " ذمہ داری ہے“۔ روس کے صدر ولادی میر پوتین نے ماسکو میں بتایا کہ حلب کی فتح دہشت"
            + " گردی کے خلاف بڑی کامیابی ہے۔ روحانی نے اقوام متحدہ سے شام کی مدد کی اپیل بھی کی۔")
        .cluster("حسن روحانی", "Hassan Rouhani", "صدر", PERSON)
        .cluster("ولادی میر پوتین", "Vladimir Putin", "صدر", PERSON)
        .cluster("اقوام متحدہ", "United Nations", null, ORGANIZATION)
        .cluster("شام", "Syria", null, LOCATION)
        .cluster("تہران", "Tehran", null, LOCATION)
        .entity("تہران", LOCATION, 4)
        .entity("ایران", LOCATION, -1)
        .entity("صدر", DESIGNATION, -1)
        .entity("حسن روحانی", PERSON, 0)
        .entity("شام", LOCATION, 3)
        .entity("روس", LOCATION, -1)
        .entity("صدر", 1, DESIGNATION, -1)
        .entity("ولادی میر پوتین", PERSON, 1)
        .entity("ماسکو", LOCATION, -1)
        .entity("حلب", LOCATION, -1)
        .entity("روحانی", 1, PERSON, 0)
        .entity("اقوام متحدہ", ORGANIZATION, 2)
        .entity("شام", 1, LOCATION, 3)
        .statement("شام میں امن کی بحالی سب کی ذمہ داری ہے", "direct", "کہا", 0)
        .statement("حلب کی فتح دہشت گردی کے خلاف بڑی کامیابی ہے", "indirect", "بتایا", 1)
        .dateline("تہران (جیو ڈیسک)", "تہران", null, "جیو ڈیسک"));
    reports.add(new FixtureReport(ASTANA, "2016-12-29", "اے پی پی",
        "شام پر امن مذاکرات آستانہ میں ہوں گے",
        "ماسکو (اے پی پی) روس کے صدر ولادی میر پوتین نے کہا ہے کہ شام پر امن مذاکرات قزاخستان"
            + " کے دارالحکومت آستانہ میں ہوں گے۔ ایران کے صدر حسن روحانی کے مطابق ”مذاکرات جنوری"
            + " میں شروع ہوں گے“۔")
        .cluster("ولادی میر پوتین", "Vladimir Putin", "صدر", PERSON)
        .cluster("حسن روحانی", "Hassan Rouhani", "صدر", PERSON)
        .cluster("شام", "Syria", null, LOCATION)
        .entity("ماسکو", LOCATION, -1)
        .entity("روس", LOCATION, -1)
        .entity("صدر", DESIGNATION, -1)
        .entity("ولادی میر پوتین", PERSON, 0)
        .entity("شام", LOCATION, 2)
        .entity("قزاخستان", LOCATION, -1)
        .entity("آستانہ", LOCATION, -1)
        .entity("ایران", LOCATION, -1)
        .entity("صدر", 1, DESIGNATION, -1)
        .entity("حسن روحانی", PERSON, 1)
        .statement("شام پر امن مذاکرات قزاخستان کے دارالحکومت آستانہ میں ہوں گے", "indirect",
            "کہا", 0)
        .statement("مذاکرات جنوری میں شروع ہوں گے", "direct", "کے مطابق", 1)
        .dateline("ماسکو (اے پی پی)", "ماسکو", null, "اے پی پی"));
    reports.add(new FixtureReport(ASTANA_DAILY, "2016-12-30", "ڈیلی نیوز",
        "آستانہ میں شام امن بات چیت جنوری میں",
        "ماسکو (مانیٹرنگ ڈیسک) روس کے صدر ولادی میر پوتین نے اعلان کیا ہے کہ شام پر امن"
            + " مذاکرات قزاخستان کے دارالحکومت آستانہ میں ہوں گے۔ ایران کے صدر حسن روحانی کے"
            + " مطابق مذاکرات جنوری کے وسط میں شروع ہوں گے۔")
        .entity("ولادی میر پوتین", PERSON, -1)
        .entity("شام", LOCATION, -1)
        .entity("آستانہ", LOCATION, -1)
        .entity("حسن روحانی", PERSON, -1));
    for (int n = 1; n <= PLAIN; n++) {
      String body = "شام کی صورتحال پر رپورٹ نمبر " + n + "۔ لاہور میں اجلاس ہوا جس میں"
          + " حالات کا جائزہ لیا گیا۔";
      FixtureReport plain = new FixtureReport(String.format("plain-%02d", n),
          String.format("2016-%02d-15", n), n % 2 == 0 ? "جیو نیوز" : "ڈان",
          "شام پر رپورٹ " + n, body);
      if (n > PLAIN / 2) {
        plain.entity("شام", LOCATION, -1).entity("لاہور", LOCATION, -1);
      }
      reports.add(plain);
    }
    return reports;
  }
}
