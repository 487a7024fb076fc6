package org.khabar.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NerCommandsTest {

  @TempDir Path folder;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = new CommandLine(new KhabarCommand());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    commandLine.setExecutionExceptionHandler(new ErrorHandler());
    return commandLine.execute(args);
  }

  private static Path tiny() throws URISyntaxException {
    return Path.of(NerCommandsTest.class.getResource("/ner/uner/tiny.jsonl").toURI());
  }

  @Test
  void scoresAGoldFileByTheLabelsOfItsSet() throws Exception {
    int code = run("eval", "ner", "--gold", tiny().toString(), "--format", "json");
    assertThat(code).isEqualTo(ExitCodes.OK);
    assertThat(out.toString())
        .contains("\"set\":\"uner\"")
        .contains("\"micro\"")
        .contains("\"DESIGNATION\"");
  }

  @Test
  void labelsCanBeGiven() throws Exception {
    int code = run("eval", "ner", "--gold", tiny().toString(), "--labels", "PERSON");
    assertThat(code).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("PERSON").doesNotContain("LOCATION");
  }

  @Test
  void aCorruptModelIsOneClearLine() throws Exception {
    Path model = folder.resolve("broken.bin.gz");
    Files.writeString(model, "garbage", StandardCharsets.UTF_8);
    int code = run("eval", "ner", "--gold", tiny().toString(), "--model", model.toString());
    assertThat(code).isEqualTo(ExitCodes.INTERNAL);
    assertThat(err.toString())
        .contains("corrupt")
        .contains("khabar train ner")
        .doesNotContain("\tat ")
        .hasLineCount(1);
  }

  @Test
  void aMissingModelIsOneClearLine() throws IOException, URISyntaxException {
    int code = run("eval", "ner", "--gold", tiny().toString(), "--model",
        folder.resolve("none.bin.gz").toString());
    assertThat(code).isEqualTo(ExitCodes.INTERNAL);
    assertThat(err.toString()).contains("does not exist").hasLineCount(1);
  }
}
