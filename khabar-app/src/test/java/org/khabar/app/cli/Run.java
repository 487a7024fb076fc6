package org.khabar.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** The result of running the {@code khabar} command line in-process, its streams captured. */
record Run(int exitCode, String out, String err) {

  static Run khabar(String... args) {
    CommandLine commandLine = KhabarCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  /** The lines of standard output. */
  java.util.List<String> outLines() {
    return out.lines().toList();
  }

  /** The lines of standard error. */
  java.util.List<String> errLines() {
    return err.lines().toList();
  }
}
