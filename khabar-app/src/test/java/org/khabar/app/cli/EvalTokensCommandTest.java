package org.khabar.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code khabar eval tokens} on a small gold file made here (the real one is in CI's evals). */
class EvalTokensCommandTest {

  @TempDir Path dir;
  private Path gold;

  @BeforeEach
  void writeGold() throws Exception {
    gold = dir.resolve("gold.conllu");
    Files.writeString(
        gold,
        String.join(
            "\n",
            "# text = کراچی میں بارش ہوئی۔",
            "1\tکراچی\t_\t_\t_\t_\t_\t_\t_\t_",
            "2\tمیں\t_\t_\t_\t_\t_\t_\t_\t_",
            "3\tبارش\t_\t_\t_\t_\t_\t_\t_\t_",
            "4\tہوئی\t_\t_\t_\t_\t_\t_\t_\t_",
            "5\t۔\t_\t_\t_\t_\t_\t_\t_\t_",
            "",
            "# text = سڑکیں بند ہیں۔",
            "1\tسڑکیں\t_\t_\t_\t_\t_\t_\t_\t_",
            "2\tبند\t_\t_\t_\t_\t_\t_\t_\t_",
            "3\tہیں\t_\t_\t_\t_\t_\t_\t_\t_",
            "4\t۔\t_\t_\t_\t_\t_\t_\t_\t_",
            ""),
        StandardCharsets.UTF_8);
  }

  @Test
  void scoresTokensAndSentences() {
    Run run = Run.khabar("eval", "tokens", "--gold", gold.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("(2 sentences joined by space)")
        .contains("tokens    F1 100.00  (P 100.00, R 100.00; 9 gold, 9 system)")
        .contains("sentences F1 100.00  (P 100.00, R 100.00; 2 gold, 2 system)");
  }

  @Test
  void jsonOutputAndSystemConllu() throws Exception {
    Path system = dir.resolve("system.conllu");
    Run run =
        Run.khabar(
            "eval", "tokens", "--gold", gold.toString(), "--format", "json",
            "--output", system.toString());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("tokens").get("f1").asDouble()).isEqualTo(100.0);
    assertThat(json.get("sentences").get("system").asInt()).isEqualTo(2);
    assertThat(Files.readString(system)).contains("# text = سڑکیں بند ہیں۔", "TokenRange=0:5");
  }

  @Test
  void missingTheRequiredF1IsExitCodeOne() throws Exception {
    Path joined = dir.resolve("joined.conllu");
    // one gold sentence whose text has two sentence ends: the system finds two
    Files.writeString(
        joined,
        "# text = بارش ہوئی۔ سڑکیں بند۔\n1\tبارش\t_\t_\t_\t_\t_\t_\t_\t_\n"
            + "2\tہوئی\t_\t_\t_\t_\t_\t_\t_\t_\n3\t۔\t_\t_\t_\t_\t_\t_\t_\t_\n"
            + "4\tسڑکیں\t_\t_\t_\t_\t_\t_\t_\t_\n5\tبند\t_\t_\t_\t_\t_\t_\t_\t_\n"
            + "6\t۔\t_\t_\t_\t_\t_\t_\t_\t_\n\n",
        StandardCharsets.UTF_8);
    Run run =
        Run.khabar("eval", "tokens", "--gold", joined.toString(), "--min-sentence-f1", "99");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(run.err()).contains("below the required F1");
    assertThat(run.out()).contains("sentences F1   0.00");
  }

  @Test
  void missingGoldFileIsOneLine() {
    Path missing = dir.resolve("none.conllu");
    Run run = Run.khabar("eval", "tokens", "--gold", missing.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).contains("none.conllu");
  }
}
