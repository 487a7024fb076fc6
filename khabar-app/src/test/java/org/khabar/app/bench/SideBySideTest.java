package org.khabar.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's parts, on tiny input: what they count, not how fast they are. */
class SideBySideTest {

  @TempDir Path dir;

  @Test
  void medianOfOddAndEvenCounts() {
    assertThat(SideBySide.median(new double[] {3, 1, 2})).isEqualTo(2);
    assertThat(SideBySide.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
  }

  @Test
  void everyContestantRunsEveryRoundAfterTheWarmUp() throws Exception {
    List<String> calls = new ArrayList<>();
    Contestant counter =
        new Contestant() {
          @Override
          public String name() {
            return "counter";
          }

          @Override
          public long run(List<String> documents) {
            calls.add("run");
            return documents.size();
          }
        };
    StringWriter progress = new StringWriter();
    List<SideBySide.Score> scores =
        new SideBySide(List.of(counter), 1, 3).run(List.of("a", "b"), 2, new PrintWriter(progress));
    assertThat(calls).hasSize(4);
    assertThat(scores).singleElement().satisfies(score -> {
      assertThat(score.count()).isEqualTo(2);
      assertThat(score.roundSeconds()).hasSize(3);
    });
    assertThat(progress.toString()).contains("warm-up 1/1: counter", "round 3/3: counter");
  }

  @Test
  void luceneContestantCountsTokens() throws Exception {
    Contestant standard = new LuceneTokenizerContestant("standard", StandardTokenizer::new);
    assertThat(standard.run(List.of("کراچی میں بارش", "خبر"))).isEqualTo(4);
  }

  @Test
  void corpusReadsBodiesAndRepeatsThemToASize() throws Exception {
    Path news = dir.resolve("news.jsonl");
    Files.writeString(
        news,
        "{\"id\":1,\"body\":\"خبر\"}\n\n{\"id\":2}\n{\"id\":3,\"body\":\"ab\"}\n",
        StandardCharsets.UTF_8);
    List<String> bodies = NewsCorpus.bodies(List.of(news));
    assertThat(bodies).containsExactly("خبر", "ab");
    assertThat(NewsCorpus.utf8Bytes(bodies)).isEqualTo(8);
    List<String> repeated = NewsCorpus.repeatTo(bodies, 20);
    assertThat(NewsCorpus.utf8Bytes(repeated)).isGreaterThanOrEqualTo(20);
    assertThat(repeated).hasSize(6);
    assertThat(NewsCorpus.utf8Length("😊")).isEqualTo(4);
    assertThatThrownBy(() -> NewsCorpus.repeatTo(List.of(), 10))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
