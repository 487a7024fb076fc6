package org.khabar.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code khabar train ...}: rebuilds the models and word lists that ship with Khabar. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    header = "Rebuild the models and word lists that ship with Khabar from the shared data.",
    subcommands = {
      TrainGazetteersCommand.class,
      TrainNerCommand.class,
      TrainLatinNamesCommand.class,
      TrainNumbersCommand.class,
      TrainReuseCommand.class,
      TrainStopwordsCommand.class,
      TrainJoinedWordsCommand.class,
    })
final class TrainCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
