package org.khabar.app.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khabar.app.train.LatinNameListBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code khabar train latin-names}: rebuilds the Urdu → Latin name list from Wikidata and CLDR. */
@Command(
    name = "latin-names",
    mixinStandardHelpOptions = true,
    header = "Rebuild the Urdu-to-Latin name list from the Wikidata labels (CC0) and CLDR places.")
final class TrainLatinNamesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "khabar-core/src/main/resources/org/khabar/lexicon",
      description = "Where to write latin-names.tsv (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws Exception {
    Path wikidata = data.require("lexicons/wikidata/hi_ur_wikidata_20150427.tsv");
    Map<String, String> names = new LatinNameListBuilder(wikidata).build();
    LatinNameListBuilder.addCldr(names, data.require("lexicons/cldr/ur_territories.json"),
        data.require("lexicons/cldr/ur_exemplar_cities.tsv"));
    Path file = Home.resolve(out).resolve("latin-names.tsv");
    LatinNameListBuilder.write(names, file);
    spec.commandLine().getOut().printf("wrote %d names to %s%n", names.size(), file);
    return ExitCodes.OK;
  }
}
