package org.khabar.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.khabar.app.eval.CounterArticle;
import org.khabar.app.train.JoinedWordLearner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code khabar train joined-words}: rebuilds khabar-lucene's list of joined/spaced words. */
@Command(
    name = "joined-words",
    mixinStandardHelpOptions = true,
    header = "Rebuild the list of words written both joined and spaced (کہاکہ / کہا کہ).",
    description = {
      "Counts words and adjacent word pairs in the news texts (COUNTER headlines and bodies,",
      "XL-Sum bodies and summaries) and lists each word W that also occurs as two words A B",
      "with W = A + B, A ending in a non-joining letter (see JoinedWordLearner)."
    })
final class TrainJoinedWordsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "khabar-lucene/src/main/resources/org/khabar/lucene",
      description = "Where to write joined-words.txt (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--min-count",
      defaultValue = "2",
      description = "How often each form must occur (default: ${DEFAULT-VALUE}).")
  int minCount;

  @Option(
      names = "--min-spaced-ratio",
      defaultValue = "0.05",
      description = "Spaced form's count over the joined form's, at least (default: ${DEFAULT-VALUE}).")
  double minSpacedRatio;

  @Option(
      names = "--with-counter-derived",
      description = "Also learn from COUNTER's derived (newspaper) articles, which `eval counter`"
          + " takes its queries from; off by default so the evaluation stays clean.")
  boolean withDerived;

  @Override
  public Integer call() throws Exception {
    JoinedWordLearner learner = new JoinedWordLearner(minCount, minSpacedRatio);
    List<String> sources = new ArrayList<>();
    int counter = 0;
    for (CounterArticle article : CounterArticle.read(data.require("news/counter.jsonl"))) {
      if (article.isSource() || withDerived) {
        learner.add(article.headline());
        learner.add(article.body());
        counter++;
      }
    }
    sources.add(String.format("news/counter.jsonl (%d %s articles)", counter,
        withDerived ? "source and derived" : "source"));
    int xlsum = 0;
    ObjectMapper mapper = new ObjectMapper();
    Path xlsumFile = data.require("news/xlsum-ur.jsonl");
    try (BufferedReader reader = Files.newBufferedReader(xlsumFile, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          JsonNode node = mapper.readTree(line);
          learner.add(node.path("body").asText());
          learner.add(node.path("summary").asText());
          xlsum++;
        }
      }
    }
    sources.add(String.format("news/xlsum-ur.jsonl (%d articles)", xlsum));
    List<JoinedWordLearner.Pair> pairs = learner.pairs();
    Path file = Home.resolve(out).resolve("joined-words.txt");
    JoinedWordLearner.write(pairs, sources, file);
    spec.commandLine().getOut().printf("wrote %d joined/spaced words to %s%n", pairs.size(), file);
    return ExitCodes.OK;
  }
}
