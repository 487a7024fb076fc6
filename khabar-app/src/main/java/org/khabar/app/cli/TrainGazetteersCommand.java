package org.khabar.app.cli;

import java.nio.file.Path;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.khabar.app.train.PlaceListBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code khabar train gazetteers}: rebuilds the place list in khabar-core's resources. */
@Command(
    name = "gazetteers",
    mixinStandardHelpOptions = true,
    header = "Rebuild the place-name list (CLDR, ICU4J, NER training annotations).")
final class TrainGazetteersCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "khabar-core/src/main/resources/org/khabar/lexicon",
      description = "Where to write places.txt (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--min-count",
      defaultValue = "2",
      description = "How often a training annotation must name a place (default: ${DEFAULT-VALUE}).")
  int minCount;

  @Override
  public Integer call() throws Exception {
    TreeSet<String> places = new PlaceListBuilder(data.dataDir(), minCount).build();
    Path file = Home.resolve(out).resolve("places.txt");
    PlaceListBuilder.write(places, file);
    spec.commandLine().getOut().printf("wrote %d place names to %s%n", places.size(), file);
    return ExitCodes.OK;
  }
}
