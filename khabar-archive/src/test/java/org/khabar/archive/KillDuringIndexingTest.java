package org.khabar.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.io.Report;

/** Kills a JVM that is indexing, then checks that what it committed is all there. */
class KillDuringIndexingTest {

  @TempDir Path temp;

  /** The child process: indexes reports forever, printing how many each commit holds. */
  public static void main(String[] args) throws Exception {
    try (Archive archive = Archive.open(Path.of(args[0]), Archive.Mode.WRITE,
        TestReports.analyzer())) {
      for (int i = 0; ; i++) {
        Report report = new Report("r" + i, null, "خبر نمبر " + i + "۔ " + "تفصیل ".repeat(50),
            null, null, null);
        archive.put(report, TestReports.PIPELINE.apply(report.toDocument()));
        if (i % 50 == 49) {
          archive.commit();
          System.out.println("committed " + (i + 1));
          System.out.flush();
        }
      }
    }
  }

  @Test
  void committedReportsSurviveAKill() throws Exception {
    Path folder = temp.resolve("a");
    Process child = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        KillDuringIndexingTest.class.getName(), folder.toString())
        .redirectErrorStream(true)
        .start();
    int committed = 0;
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("committed ")) {
          committed = Integer.parseInt(line.substring("committed ".length()));
          if (committed >= 300) {
            break;
          }
        }
      }
      child.destroyForcibly(); // SIGKILL: no shutdown hooks, no closing the writer
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(committed).isGreaterThanOrEqualTo(300);
    try (FSDirectory directory = FSDirectory.open(folder);
        CheckIndex check = new CheckIndex(directory)) {
      assertThat(check.checkIndex().clean).isTrue();
    }
    try (Archive archive = Archive.open(folder, Archive.Mode.WRITE, TestReports.analyzer())) {
      assertThat(archive.size()).isGreaterThanOrEqualTo(committed);
      assertThat(archive.get("r" + (committed - 1))).isPresent();
    }
  }
}
