package org.khabar.spark.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code khabar bench spark}: the speed and memory of the Spark job. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    header = "Measure the Spark job.",
    subcommands = {BenchSparkCommand.class, BenchSparkRunCommand.class})
final class SparkBenchCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
