package org.khabar.spark.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.khabar.io.Report;

/**
 * Runs the real {@code khabar analyze} ({@code khabar-app/target/khabar.jar}) on a sample of
 * reports, each written to a text file named after its id, one run per date, and compares what
 * it prints, line by line, with {@link ExpectedAnalysis}: this is what makes the in-process
 * expectation "what {@code khabar analyze} gives".
 */
public final class AnalyzeCommandCheck {

  private final Path khabarJar;
  private final ExpectedAnalysis expected;

  public AnalyzeCommandCheck(Path khabarJar, ExpectedAnalysis expected) {
    this.khabarJar = khabarJar;
    this.expected = expected;
  }

  /** The differences for {@code sample}; empty if the command prints exactly the expected JSON. */
  public List<String> differences(List<Report> sample, Path folder)
      throws IOException, InterruptedException {
    Map<LocalDate, List<Report>> byDate = new LinkedHashMap<>();
    for (Report report : sample) {
      byDate.computeIfAbsent(report.date(), d -> new ArrayList<>()).add(report);
    }
    List<String> differences = new ArrayList<>();
    int run = 0;
    for (Map.Entry<LocalDate, List<Report>> group : byDate.entrySet()) {
      Path dir = Files.createDirectories(folder.resolve("run-" + run++));
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss4m", "-jar",
          khabarJar.toString(), "analyze", "--no-text"));
      if (group.getKey() != null) {
        command.add("--date");
        command.add(group.getKey().toString());
      }
      for (Report report : group.getValue()) {
        Path file = dir.resolve(report.id() + ".txt");
        Files.writeString(file, report.body(), StandardCharsets.UTF_8);
        command.add(file.toString());
      }
      List<String> printed = run(command, dir.resolve("out.jsonl"));
      if (printed.size() != group.getValue().size()) {
        differences.add("khabar analyze printed " + printed.size() + " lines for "
            + group.getValue().size() + " reports (" + command.subList(4, 8) + "...)");
        continue;
      }
      for (int i = 0; i < printed.size(); i++) {
        Report report = group.getValue().get(i);
        if (!printed.get(i).equals(expected.json(report))) {
          differences.add(report.id() + ": khabar analyze prints other JSON than expected");
        }
      }
    }
    return differences;
  }

  private static List<String> run(List<String> command, Path output)
      throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command)
        .redirectOutput(output.toFile())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IOException("khabar analyze did not finish in 10 minutes");
    }
    if (process.exitValue() != 0) {
      throw new IOException("khabar analyze exited with " + process.exitValue());
    }
    return Files.readAllLines(output, StandardCharsets.UTF_8);
  }
}
