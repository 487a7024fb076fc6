package org.khabar.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code khabar eval ...}: measures Khabar against gold data. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    header = "Measure accuracy against gold data.",
    subcommands = {
      EvalTokensCommand.class,
      EvalNerCommand.class,
      EvalQuotesCommand.class,
      EvalCounterCommand.class,
      EvalSolrCommand.class,
    })
final class EvalCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
