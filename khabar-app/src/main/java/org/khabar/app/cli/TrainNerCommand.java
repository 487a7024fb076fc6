package org.khabar.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khabar.UrduPipeline;
import org.khabar.app.eval.NerConvention;
import org.khabar.app.eval.NerEvaluation;
import org.khabar.app.eval.NerGold;
import org.khabar.app.eval.SpanScore;
import org.khabar.app.train.ClusterCorpus;
import org.khabar.app.train.NerGazetteerBuilder;
import org.khabar.app.train.NerTrainingData;
import org.khabar.app.train.OutsideWords;
import org.khabar.app.train.SeenNames;
import org.khabar.ner.ExchangeClustering;
import org.khabar.ner.Gazetteer;
import org.khabar.ner.NerModel;
import org.khabar.ner.NerTagger;
import org.khabar.ner.PerceptronTrainer;
import org.khabar.ner.TrainingSentence;
import org.khabar.ner.WordClusters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code khabar train ner}: rebuilds the named-entity model from the four NER training sets. */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    header = "Rebuild the named-entity model from ner/*/train.jsonl and the lexicons.",
    description = {
      "Trains an averaged structured perceptron with partial labels on the training part of",
      "every NER set at once: a set is never penalised for a label it does not annotate.",
      "uner's and ilner's conventions get weights of their own beside the shared ones (the",
      "model decodes in uner's by default, for analysts); several perceptrons trained in",
      "other orders are averaged into one. The gazetteer (lexicons and ICU4J's CLDR data) and",
      "the names of the training annotations (jackknifed in training) are baked into the",
      "model file. Same data and options, same file, byte for byte. Never reads the dev",
      "sets, except with --dev, which only reports their scores after each pass."
    })
final class TrainNerCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      defaultValue = "khabar-core/src/main/resources/org/khabar/ner/ner-model.bin.gz",
      description = "Where to write the model (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--epochs", description = "Passes over the data (default: 5).")
  Integer epochs;

  @Option(names = "--seed", description = "Seed of the visiting order (default: 20240601).")
  Long seed;

  @Option(names = "--min-count", description = "Features seen fewer times are dropped (default: 2).")
  Integer minCount;

  @Option(names = "--min-weight", description = "Smaller weights are dropped (default: 0.05).")
  Float minWeight;

  @Option(
      names = "--weight",
      paramLabel = "SET=W",
      description = "How much a set's mistakes count (default: uner=3, ijcnlp2008=2, jahangir=2,"
          + " ilner=1: the small sets, nearer to news, weigh more than the large IL-NER).")
  Map<String, Float> weights = new LinkedHashMap<>();

  private static final Map<String, Float> DEFAULT_WEIGHTS =
      Map.of("uner", 3f, "ijcnlp2008", 2f, "jahangir", 2f, "ilner", 1f);

  @Option(names = "--classes", defaultValue = "256",
      description = "Word classes learnt from raw text, 0 for none (default: ${DEFAULT-VALUE}).")
  int classes;

  @Option(names = "--class-min-count", defaultValue = "3",
      description = "Words seen fewer times in raw text get no class (default: ${DEFAULT-VALUE}).")
  int classMinCount;

  @Option(names = "--classes-from", paramLabel = "MODEL",
      description = "Take the word classes from this model file instead of learning them.")
  Path classesFrom;

  @Option(names = "--conditioning", defaultValue = "LEXICAL",
      description = "What each set's convention gets to itself beside the shared weights: NONE,"
          + " BIAS (transitions and bias), LEXICAL (also the word, its shape, affixes, class"
          + " and gazetteer matches) or ALL features (default: ${DEFAULT-VALUE}).")
  PerceptronTrainer.Conditioning conditioning;

  @Option(names = "--own-layer", split = ",", paramLabel = "SET",
      defaultValue = "uner,ilner",
      description = "The sets whose convention gets weights of its own (default: ${DEFAULT-VALUE});"
          + " the others train only the shared weights and are decoded in them.")
  List<String> ownLayer;

  @Option(names = "--default-convention", defaultValue = "uner",
      description = "The convention the model decodes in for analysts (default: ${DEFAULT-VALUE}).")
  String defaultConvention;

  @Option(names = "--seen-folds", defaultValue = "10",
      description = "Keep the names of the training annotations as a list for a feature, jackknifed"
          + " over this many folds; 0 for none (default: ${DEFAULT-VALUE}).")
  int seenFolds;

  @Option(names = "--seen-words", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "List each word of a seen name by itself too (default: ${DEFAULT-VALUE}).")
  boolean seenWords;

  @Option(names = "--runs", defaultValue = "5",
      description = "Perceptrons trained in other orders and averaged (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--dev", description = "Report the dev scores of each set after each pass.")
  boolean dev;

  /** Where the list of words the training parts leave outside entities goes. */
  static final String OUTSIDE_WORDS =
      "khabar-core/src/main/resources/org/khabar/lexicon/outside-words.txt";

  @Option(names = "--outside-words", negatable = true, defaultValue = "true",
      fallbackValue = "true",
      description = "Also rewrite the list of words the training parts leave outside entities, "
          + OUTSIDE_WORDS + " (default: ${DEFAULT-VALUE}).")
  boolean writeOutsideWords;

  @Override
  public Integer call() throws Exception {
    PrintWriter console = spec.commandLine().getOut();
    long started = System.nanoTime();
    PerceptronTrainer.Options defaults = PerceptronTrainer.Options.DEFAULT;
    PerceptronTrainer.Options options =
        new PerceptronTrainer.Options(
            epochs != null ? epochs : defaults.epochs(),
            seed != null ? seed : defaults.seed(),
            minCount != null ? minCount : defaults.minCount(),
            minWeight != null ? minWeight : defaults.minWeight(),
            conditioning,
            defaultConvention,
            runs);
    Gazetteer gazetteer = new NerGazetteerBuilder(data.dataDir()).build();
    for (int c = 0; c < gazetteer.categories().size(); c++) {
      console.printf("gazetteer %-12s %6d entries%n", gazetteer.categories().get(c),
          gazetteer.entries(c).size());
    }
    WordClusters clusters = WordClusters.empty();
    if (classesFrom != null) {
      clusters = NerModel.readClusters(Home.resolve(classesFrom));
    } else if (classes > 0) {
      List<String> sets = NerConvention.ALL.stream().map(NerConvention::name).toList();
      ClusterCorpus corpus = new ClusterCorpus().addAll(data.dataDir(), sets);
      clusters = new ExchangeClustering(classes, classMinCount, 12).cluster(corpus.sentences());
      console.printf(Locale.ROOT, "word classes: %d words of %d raw tokens in %d classes (%.1f s)%n",
          clusters.size(), corpus.tokens(), classes, (System.nanoTime() - started) / 1e9);
      console.flush();
    }
    NerTrainingData converter = new NerTrainingData();
    List<TrainingSentence> sentences = new ArrayList<>();
    Map<String, List<NerGold.Sentence>> training = new LinkedHashMap<>();
    SeenNames seen = seenFolds > 0 ? new SeenNames(seenFolds, seenWords) : null;
    for (NerConvention convention : NerConvention.ALL) {
      String set = convention.name();
      List<NerGold.Sentence> lines = NerGold.read(data.require("ner/" + set + "/train.jsonl"));
      training.put(set, lines);
      if (seen != null) {
        seen.addAll(lines);
      }
    }
    Gazetteer seenAll = seen != null ? seen.all() : Gazetteer.empty();
    for (int c = 0; c < seenAll.categories().size(); c++) {
      console.printf("seen names %-12s %6d entries (%d folds)%n", seenAll.categories().get(c),
          seenAll.entries(c).size(), seenFolds);
    }
    for (NerConvention convention : NerConvention.ALL) {
      String set = convention.name();
      List<NerGold.Sentence> lines = training.get(set);
      float weight = weights.getOrDefault(set, DEFAULT_WEIGHTS.getOrDefault(set, 1f));
      List<TrainingSentence> converted =
          converter.convert(lines, convention, weight, ownLayer.contains(set), seen);
      sentences.addAll(converted);
      console.printf("train %-11s %5d lines, %5d sentences, weight %.2f%n", set, lines.size(),
          converted.size(), weight);
    }
    console.printf("%d gold spans, %d with edges inside a token (left unknown)%n",
        converter.spans(), converter.unaligned());
    console.printf(Locale.ROOT, "training: %s%n", options);
    console.flush();
    Map<NerConvention, List<NerGold.Sentence>> devSets = new LinkedHashMap<>();
    if (dev) {
      for (NerConvention convention : NerConvention.ALL) {
        devSets.put(convention,
            NerGold.read(data.require("ner/" + convention.name() + "/dev.jsonl")));
      }
    }
    PerceptronTrainer trainer = new PerceptronTrainer(gazetteer, seenAll, clusters, options);
    NerModel model =
        trainer.train(
            sentences,
            (epoch, mistakes, averaged) -> {
              StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                  "pass %2d: %5d sentences wrong (%.1f s)", epoch, mistakes,
                  (System.nanoTime() - started) / 1e9));
              if (dev) {
                line.append(devScores(averaged.get(), devSets));
              }
              console.println(line);
              console.flush();
            });
    Path file = Home.resolve(out);
    model.write(file);
    if (writeOutsideWords) {
      OutsideWords outside = new OutsideWords();
      training.values().forEach(outside::addAll);
      Path list = Home.resolve(Path.of(OUTSIDE_WORDS));
      outside.write(list);
      console.printf("wrote %s: %d words the training parts leave outside entities%n", list,
          outside.words().size());
    }
    console.printf(Locale.ROOT, "wrote %s: %d features, %d weights, %.2f MB, in %.1f s%n", file,
        model.features(), model.weights(), Files.size(file) / 1e6,
        (System.nanoTime() - started) / 1e9);
    return ExitCodes.OK;
  }

  private static String devScores(
      NerModel model, Map<NerConvention, List<NerGold.Sentence>> devSets) {
    StringBuilder result = new StringBuilder(";");
    for (Map.Entry<NerConvention, List<NerGold.Sentence>> set : devSets.entrySet()) {
      NerConvention convention = set.getKey();
      NerModel decoder = model.conventions().contains(convention.name())
          ? model.inConvention(convention.name()) : model.shared();
      var pipeline = UrduPipeline.withEntities(new NerTagger(decoder));
      SpanScore raw =
          NerEvaluation.score(pipeline, set.getValue(), convention.labels(), null);
      SpanScore adapted =
          NerEvaluation.score(pipeline, set.getValue(), convention.labels(), convention);
      result.append(String.format(Locale.ROOT, " %s %.3f (raw %.3f)", convention.name(),
          adapted.micro().f1(), raw.micro().f1()));
    }
    return result.toString();
  }
}
