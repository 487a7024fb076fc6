package org.khabar.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class KhabarCommandTest {

  @ParameterizedTest(name = "khabar {0} --help")
  @MethodSource("everyCommand")
  void everyCommandHasHelp(String command) {
    String[] args = helpArgs(command);
    Run run = Run.khabar(args);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: khabar" + (command.isEmpty() ? " " : " " + command + " "));
    assertThat(run.out()).contains("-h, --help", "-V, --version");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void analyzeHelpDescribesFormatsAndExitCodes() {
    Run run = Run.khabar("analyze", "--help");
    assertThat(run.out()).contains("json, text, conllu", "--part-size", "Exit codes:", "2   wrong");
  }

  /** {@code khabar} itself ("") and every command and subcommand, as typed after it. */
  static Stream<String> everyCommand() {
    List<String> commands = new ArrayList<>(List.of(""));
    addCommands(KhabarCommand.commandLine(), "", commands);
    return commands.stream();
  }

  private static void addCommands(CommandLine line, String prefix, List<String> commands) {
    for (Map.Entry<String, CommandLine> sub : line.getSubcommands().entrySet()) {
      if (sub.getKey().equals("help")) {
        continue;
      }
      String command = (prefix + " " + sub.getKey()).strip();
      commands.add(command);
      addCommands(sub.getValue(), command, commands);
    }
  }

  @ParameterizedTest(name = "khabar {0} --help")
  @MethodSource("everyCommand")
  void helpTextsAreWellFormedForPicocli(String command) {
    // a bad format string in a description (a lone %) makes picocli warn on System.err
    PrintStream systemErr = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
      assertThat(Run.khabar(helpArgs(command)).exitCode()).isZero();
    } finally {
      System.setErr(systemErr);
    }
    assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @ParameterizedTest(name = "khabar {0} --help")
  @MethodSource("everyCommand")
  void everyOptionIsDescribedInOneParagraph(String command) {
    // picocli prints each string of a description array as a line of its own and wraps each
    // one alone, so an option described in several strings is broken mid-sentence
    CommandLine line = KhabarCommand.commandLine();
    for (String name : command.isEmpty() ? new String[0] : command.split(" ")) {
      line = line.getSubcommands().get(name);
    }
    for (CommandLine.Model.OptionSpec option : line.getCommandSpec().options()) {
      assertThat(option.description()).as(option.longestName()).hasSizeLessThanOrEqualTo(1);
    }
  }

  private static String[] helpArgs(String command) {
    return (command.isEmpty() ? "--help" : command + " --help").split(" ");
  }

  @Test
  void helpCommandShowsACommandsHelp() {
    Run run = Run.khabar("help", "analyze");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: khabar analyze ");
  }

  @Test
  void noCommandShowsTheUsage() {
    Run run = Run.khabar();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Commands:", "analyze", "eval", "bench", "train");
  }

  @Test
  void versionNamesKhabarAndJava() {
    Run run = Run.khabar("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.outLines().get(0)).matches("khabar \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(run.outLines().get(1)).startsWith("Java ");
  }

  @ParameterizedTest(name = "khabar {0} --version")
  @ValueSource(strings = {"analyze", "eval tokens", "bench tokenize", "train gazetteers"})
  void everySubcommandHasTheVersionToo(String command) {
    Run run = Run.khabar((command + " --version").split(" "));
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(Run.khabar("--version").out()).startsWith("khabar ");
  }

  @Test
  void unknownOptionIsAUsageError() {
    Run run = Run.khabar("analyze", "--no-such-option", "x.txt");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("Unknown option: '--no-such-option'");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void missingDataFolderIsOneLineNotAStackTrace(@TempDir Path dir) {
    Run run = Run.khabar("bench", "tokenize", "--data", dir.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("khabar: missing data file " + dir.resolve("news"))
        .contains("--data or KHABAR_DATA");
  }

  @Test
  void aMissingArchiveOrAFileInsteadIsOneLineNotAnInternalError(@TempDir Path dir)
      throws Exception {
    Path missing = dir.resolve("none");
    Run run = Run.khabar("search", "کراچی", "--archive", missing.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("khabar: no archive at " + missing).doesNotContain("internal error");
    Path file = java.nio.file.Files.writeString(dir.resolve("file.txt"), "x");
    Run notAnArchive = Run.khabar("search", "کراچی", "--archive", file.toString());
    assertThat(notAnArchive.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(notAnArchive.errLines()).singleElement().asString()
        .startsWith("khabar: ").doesNotContain("internal error");
  }

  @Test
  void unknownCommandIsAUsageError() {
    Run run = Run.khabar("analyse-this");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("analyse-this");
  }

  @Test
  void analyzeWithoutFilesIsAUsageError() {
    Run run = Run.khabar("analyze");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("Missing required parameter: 'FILE'");
  }

  @Test
  void badFormatIsAUsageError() {
    Run run = Run.khabar("analyze", "--format", "xml", "x.txt");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("xml");
  }
}
