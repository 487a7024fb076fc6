package org.khabar.spark.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The commands of {@code khabar-spark.jar}. */
@Command(
    name = "khabar",
    mixinStandardHelpOptions = true,
    header = "Khabar on Apache Spark: analyse a corpus of Urdu reports into Parquet tables.",
    subcommands = {
      SparkAnalyzeCommand.class,
      SparkEvalCommand.class,
      SparkBenchCommand.class,
      HelpCommand.class
    })
final class SparkRootCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
