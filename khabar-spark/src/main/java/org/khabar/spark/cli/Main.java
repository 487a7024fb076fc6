package org.khabar.spark.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The entry point of {@code khabar-spark.jar}: {@code spark-analyze}, {@code eval spark}, {@code
 * eval lsh} and {@code bench spark}, which the {@code ./khabar} launcher sends here; and the
 * main class to give {@code spark-submit}.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    int exitCode = commandLine().execute(args);
    if (exitCode != 0 || System.getProperty("spark.master") == null) {
      System.exit(exitCode);
    }
    // Under spark-submit a successful driver returns: on YARN, System.exit(0) before the
    // application master has reported the final status would mark the application failed.
  }

  /** The command line with UTF-8 output and one-line error messages. */
  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new SparkRootCommand());
    commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8),
        true));
    commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8),
        true));
    commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
      if (System.getenv("KHABAR_DEBUG") != null) {
        exception.printStackTrace(line.getErr());
      }
      line.getErr().println("khabar: " + (exception instanceof IllegalArgumentException
          ? exception.getMessage() : exception) + " (set KHABAR_DEBUG=1 for details)");
      return exception instanceof IllegalArgumentException ? ExitCodes.FAILED : ExitCodes.INTERNAL;
    });
    return commandLine;
  }
}
