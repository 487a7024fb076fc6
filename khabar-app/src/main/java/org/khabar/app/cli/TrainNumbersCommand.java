package org.khabar.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.khabar.app.train.NumberWordsBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code khabar train numbers}: rebuilds the number-word table in khabar-core's resources. */
@Command(
    name = "numbers",
    mixinStandardHelpOptions = true,
    header = "Rebuild the number-word table (CLDR spell-out rules for Urdu).")
final class TrainNumbersCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "khabar-core/src/main/resources/org/khabar/lexicon",
      description = "Where to write number-words.tsv (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws Exception {
    data.require("lexicons/cldr/ur_rbnf_cardinals.tsv");
    List<String> rows = new NumberWordsBuilder(data.dataDir().resolve("lexicons/cldr")).build();
    Path file = Home.resolve(out).resolve("number-words.tsv");
    NumberWordsBuilder.write(rows, file);
    spec.commandLine().getOut().printf("wrote %d number words to %s%n", rows.size(), file);
    return ExitCodes.OK;
  }
}
