package org.khabar.app.cli;

import java.nio.file.Path;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.khabar.app.train.StopListBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code khabar train stopwords}: rebuilds the Urdu stop word list in khabar-core. */
@Command(
    name = "stopwords",
    mixinStandardHelpOptions = true,
    header = "Rebuild the Urdu stop word list from urduhack's, with Khabar's changes.")
final class TrainStopwordsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "khabar-core/src/main/resources/org/khabar/lexicon",
      description = "Where to write stopwords.txt (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws Exception {
    TreeSet<String> words = StopListBuilder.build(data.require("lexicons/urduhack/stopwords.txt"));
    Path file = Home.resolve(out).resolve("stopwords.txt");
    StopListBuilder.write(words, file);
    spec.commandLine().getOut().printf("wrote %d stop words to %s%n", words.size(), file);
    return ExitCodes.OK;
  }
}
