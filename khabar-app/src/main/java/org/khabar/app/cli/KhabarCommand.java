package org.khabar.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command: {@code khabar <command>}. */
@Command(
    name = "khabar",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Khabar (خبر): reads Urdu news the way an analyst does.",
    description = {
      "Finds the tokens, sentences, people, places, organisations, titles, dates,",
      "numbers and statements of Urdu news reports, and makes an archive of them",
      "searchable."
    },
    subcommands = {
      DemoCommand.class,
      AnalyzeCommand.class,
      IndexCommand.class,
      SearchCommand.class,
      ServeCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      TrainCommand.class,
      HelpCommand.class
    },
    footer = {
      "",
      "On Apache Spark (khabar-spark's jar; the ./khabar launcher builds and runs it):",
      "  spark-analyze IN OUT  analyse a corpus into Parquet tables",
      "  eval spark            the tables against analyze; related-story recall",
      "  eval lsh              tune the related-story hashing",
      "  bench spark           reports/s on 1 and 2 cores, memory, cluster projection",
      "",
      "Run 'khabar help COMMAND' or 'khabar COMMAND --help' for a command's options."
    })
public final class KhabarCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The command line with Khabar's output settings: UTF-8, exit codes, error messages. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new KhabarCommand());
    commandLine.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out,
        StandardCharsets.UTF_8), true));
    commandLine.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err,
        StandardCharsets.UTF_8), true));
    commandLine.setExecutionExceptionHandler(new ErrorHandler());
    commandLine.setUsageHelpWidth(100); // descriptions are written in lines of up to 90
    shareVersion(commandLine, new VersionProvider());
    return commandLine;
  }

  /** Every subcommand offers --version; without this, theirs would print nothing. */
  private static void shareVersion(CommandLine commandLine, VersionProvider version) {
    for (CommandLine sub : commandLine.getSubcommands().values()) {
      if (sub.getCommandSpec().versionProvider() == null) {
        sub.getCommandSpec().versionProvider(version);
      }
      shareVersion(sub, version);
    }
  }
}
