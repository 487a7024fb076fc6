package org.khabar.spark.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code khabar eval spark|lsh}: the evaluations that need khabar-spark. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    header = "Check the Spark job against khabar analyze; tune related-story hashing.",
    subcommands = {EvalSparkCommand.class, EvalLshCommand.class})
final class SparkEvalCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
