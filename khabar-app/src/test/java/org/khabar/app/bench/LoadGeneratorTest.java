package org.khabar.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.UrduPipeline;
import org.khabar.app.server.KhabarServer;
import org.khabar.app.server.ServerSettings;
import org.khabar.archive.Archive;
import org.khabar.io.Report;

class LoadGeneratorTest {

  @TempDir Path folder;

  @Test
  void sendsABoundedLoadAndCountsEveryRequest() throws Exception {
    try (Archive archive = Archive.open(folder, Archive.Mode.WRITE, new StandardAnalyzer())) {
      Report report = new Report("r1", "شام", "شام میں امن مذاکرات ہوئے۔", null, null, null);
      archive.put(report, UrduPipeline.full().apply(report.toDocument()));
      archive.commit();
      try (KhabarServer server = new KhabarServer(archive, ServerSettings.defaults())
          .start("127.0.0.1", 0)) {
        LoadGenerator.Result result = new LoadGenerator(
            URI.create("http://127.0.0.1:" + server.port()),
            List.of("q=" + URLEncoder.encode("شام", StandardCharsets.UTF_8), "q=bad%01"),
            List.of("شام میں امن۔"),
            new LoadGenerator.Settings(3, Duration.ZERO, Duration.ofSeconds(30), 60, 0.3, 1))
            .run();
        LoadGenerator.Stats all = result.stats().get(2);
        assertThat(all.kind()).isEqualTo("all");
        assertThat(all.requests()).isEqualTo(60);
        assertThat(result.stats().get(0).requests() + result.stats().get(1).requests())
            .isEqualTo(60);
        assertThat(result.stats().get(1).failures()).isZero();
        assertThat(result.stats().get(0).failures()).isPositive();
        assertThat(result.failures()).isNotEmpty().allSatisfy(f -> assertThat(f).startsWith("400"));
      }
    }
  }

  @Test
  void refusesToLoadAnythingButThisMachine() {
    assertThatThrownBy(() -> new LoadGenerator(URI.create("http://192.0.2.1:80"), List.of("q=x"),
        List.of("x"), new LoadGenerator.Settings(1, Duration.ZERO, Duration.ofSeconds(1), 1, 0,
        1))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void percentilesAreNearestRank() {
    long[] millis = new long[100];
    for (int i = 0; i < 100; i++) {
      millis[i] = (i + 1) * 1_000_000L;
    }
    assertThat(LoadGenerator.Samples.percentile(millis, 0.50)).isEqualTo(50.0);
    assertThat(LoadGenerator.Samples.percentile(millis, 0.99)).isEqualTo(99.0);
    assertThat(LoadGenerator.Samples.percentile(new long[0], 0.99)).isZero();
  }
}
