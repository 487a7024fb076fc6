package org.khabar.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code khabar bench ...}: measures speed against baselines run side by side. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    header = "Measure speed, side by side with baselines in the same run.",
    subcommands = {
      BenchTokenizeCommand.class,
      BenchNerCommand.class,
      BenchAnalyzerCommand.class,
      BenchArchiveCommand.class,
      BenchServeCommand.class,
    })
final class BenchCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
