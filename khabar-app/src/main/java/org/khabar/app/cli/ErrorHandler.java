package org.khabar.app.cli;

import java.io.UncheckedIOException;
import org.khabar.archive.ArchiveException;
import org.khabar.io.InputException;
import org.khabar.ner.NerModelException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception that escapes a command into one line a person can act on, without a stack
 * trace (set {@code KHABAR_DEBUG=1} to see it).
 */
final class ErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception exception, CommandLine commandLine, ParseResult parseResult) {
    if (System.getenv("KHABAR_DEBUG") != null) {
      exception.printStackTrace(commandLine.getErr());
    }
    if (exception instanceof NerModelException model) {
      commandLine.getErr().println("khabar: " + model.getMessage());
      return ExitCodes.INTERNAL;
    }
    if (exception instanceof InputException input) {
      commandLine.getErr().println("khabar: " + input.getMessage());
      return ExitCodes.SOME_FAILED;
    }
    if (exception instanceof ArchiveException archive) { // missing, locked, not an archive
      commandLine.getErr().println("khabar: " + archive.getMessage());
      return ExitCodes.SOME_FAILED;
    }
    if (exception instanceof UncheckedIOException io) {
      commandLine.getErr().println("khabar: " + io.getCause().getMessage());
      return ExitCodes.SOME_FAILED;
    }
    if (exception instanceof CommandLine.ParameterException parameter) {
      commandLine.getErr().println("khabar: " + parameter.getMessage());
      return ExitCodes.USAGE;
    }
    if (exception instanceof IllegalArgumentException argument) {
      commandLine.getErr().println("khabar: " + argument.getMessage());
      return ExitCodes.SOME_FAILED;
    }
    commandLine.getErr().println("khabar: internal error: " + exception
        + " (set KHABAR_DEBUG=1 for details)");
    return ExitCodes.INTERNAL;
  }
}
