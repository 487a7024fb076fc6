package org.khabar.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTest {

  @TempDir Path temp;

  @Test
  void storesAndReturnsAReportWithItsAnalysis() throws Exception {
    try (Archive archive = Archive.open(temp.resolve("a"), Archive.Mode.WRITE,
        TestReports.analyzer())) {
      TestReports.put(archive, TestReports.CRICKET);
      StoredReport stored = archive.get("cricket-1").orElseThrow();
      assertThat(stored.body()).isEqualTo(TestReports.CRICKET.body());
      assertThat(stored.headline()).isEqualTo(TestReports.CRICKET.headline());
      assertThat(stored.date()).isEqualTo(TestReports.CRICKET.date());
      assertThat(stored.source()).isEqualTo("APP");
      assertThat(stored.analysisJson()).contains("\"schema\":\"khabar-analysis\"");
      assertThat(stored.extraJson()).contains("sports");
      assertThat(archive.get("no-such-id")).isEmpty();
    }
  }

  @Test
  void aReportWithAKnownIdReplacesTheOldOne() throws Exception {
    Path folder = temp.resolve("a");
    try (Archive archive = Archive.open(folder, Archive.Mode.WRITE, TestReports.analyzer())) {
      TestReports.put(archive, TestReports.CRICKET, TestReports.WEATHER);
    }
    try (Archive archive = Archive.open(folder, Archive.Mode.WRITE, TestReports.analyzer())) {
      var changed = new org.khabar.io.Report("cricket-1", "نئی سرخی", "نیا متن۔", null, null,
          null);
      boolean replaced = archive.put(changed, TestReports.PIPELINE.apply(changed.toDocument()));
      archive.commit();
      assertThat(replaced).isTrue();
      assertThat(archive.size()).isEqualTo(2);
      assertThat(archive.get("cricket-1").orElseThrow().headline()).isEqualTo("نئی سرخی");
    }
  }

  @Test
  void aMissingArchiveCannotBeSearched() {
    assertThatThrownBy(() -> Archive.open(temp.resolve("missing"), Archive.Mode.READ,
        TestReports.analyzer()))
        .isInstanceOf(ArchiveException.class)
        .hasMessageContaining("no archive at")
        .hasMessageContaining("khabar index");
  }

  @Test
  void aFolderWithOtherFilesIsNotTakenForAnArchive() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("photos"));
    Files.writeString(folder.resolve("holiday.jpg"), "not an index");
    assertThatThrownBy(() -> Archive.open(folder, Archive.Mode.WRITE, TestReports.analyzer()))
        .isInstanceOf(ArchiveException.class)
        .hasMessageContaining("is not a Khabar archive");
    assertThat(folder.resolve("holiday.jpg")).exists();
  }

  @Test
  void aFileIsNotAnArchiveFolder() throws Exception {
    Path file = Files.writeString(temp.resolve("file.txt"), "x");
    assertThatThrownBy(() -> Archive.open(file, Archive.Mode.READ, TestReports.analyzer()))
        .isInstanceOf(ArchiveException.class)
        .hasMessageContaining("is a file");
  }

  @Test
  void anArchiveBeingWrittenCannotBeOpenedForWritingAgain() throws Exception {
    Path folder = temp.resolve("a");
    try (Archive first = Archive.open(folder, Archive.Mode.WRITE, TestReports.analyzer())) {
      assertThatThrownBy(() -> Archive.open(folder, Archive.Mode.WRITE, TestReports.analyzer()))
          .isInstanceOf(ArchiveException.class)
          .hasMessageContaining("being written by another process");
      // but it can be searched meanwhile
      try (Archive reader = Archive.open(folder, Archive.Mode.READ, TestReports.analyzer())) {
        assertThat(reader.size()).isZero();
      }
    }
  }

  @Test
  void anArchiveOfAnotherFormatIsRefused() throws Exception {
    Path folder = temp.resolve("a");
    try (Archive archive = Archive.open(folder, Archive.Mode.WRITE, TestReports.analyzer())) {
      TestReports.put(archive, TestReports.CRICKET);
    }
    Files.writeString(folder.resolve(Archive.MARKER), "format=99\n");
    assertThatThrownBy(() -> Archive.open(folder, Archive.Mode.READ, TestReports.analyzer()))
        .isInstanceOf(ArchiveException.class)
        .hasMessageContaining("format 99");
  }
}
