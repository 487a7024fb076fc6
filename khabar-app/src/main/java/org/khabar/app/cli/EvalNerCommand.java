package org.khabar.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.khabar.UrduPipeline;
import org.khabar.app.eval.NerConvention;
import org.khabar.app.eval.NerEvaluation;
import org.khabar.app.eval.NerGold;
import org.khabar.app.eval.SpanScore;
import org.khabar.entity.EntityType;
import org.khabar.io.InputException;
import org.khabar.ner.NerModel;
import org.khabar.ner.NerTagger;
import org.khabar.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code khabar eval ner}: exact-match span scores against NER sets in JSON Lines. */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    header = "Score named entities against gold sentences in JSON Lines.",
    description = {
      "Analyses the text of each gold line with the full pipeline and scores the entities",
      "found: a span counts if its start, end (character offsets into the line's text) and",
      "label match a gold span. Precision, recall and F1 per label and micro-averaged, over",
      "the labels the set annotates: by default those of the set named by the gold file's",
      "folder (uner, ijcnlp2008, jahangir, ilner; see the data's README), else --labels.",
      "Khabar's entities are read in the set's terms first (its convention): ijcnlp2008's",
      "TIME covers Khabar's DATE; jahangir and ijcnlp2008 merged touching entities of one",
      "type, jahangir's PERSON includes a title before the name, and ijcnlp2008's NUMBER",
      "takes in a unit of length («۷۵۰ کیلو میٹر»). --raw scores them as they are. The",
      "model decodes in the gold set's own convention if it learnt one (its habits: ilner's",
      "NUMBER takes in «ایک», uner's durations and clock times are one TIME and its titles",
      "stand apart from names), else in the weights all sets share; see",
      "--convention. Without --gold, scores the dev part of every set."
    })
final class EvalNerCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  @Option(names = "--gold", paramLabel = "FILE.jsonl", description = "Gold file(s).")
  List<Path> gold = new ArrayList<>();

  @Option(
      names = "--labels",
      split = ",",
      paramLabel = "LABEL",
      description = "The labels to score, e.g. PERSON,LOCATION (default: the set's own).")
  List<EntityType> labels;

  @Option(
      names = "--model",
      paramLabel = "FILE",
      description = "A model file to use instead of the one built in.")
  Path model;

  @Option(
      names = "--convention",
      paramLabel = "SET",
      description = "The annotation convention the model decodes in (default: each gold file's"
          + " own set, or the shared weights for a set the model has no convention of; 'default'"
          + " for the model's default, the one analyze uses; 'shared' for the shared weights"
          + " alone).")
  String decodeIn;

  @Option(
      names = "--errors",
      paramLabel = "FILE.jsonl",
      description = "Write each sentence's missed and spurious spans there, one JSON line each.")
  Path errors;

  @Option(names = "--raw", description = "Score the entities as found, without the set's convention.")
  boolean raw;

  @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
  String format;

  @Option(names = "--document-lines", paramLabel = "N", defaultValue = "1",
      description = "Analyse the gold lines in documents of up to N consecutive lines (by the"
          + " number their ids end in: 1-10, 11-20, ...; the sets were split in blocks of 10"
          + " consecutive sentences), so rules that read a whole document can show; scored line"
          + " by line (default: ${DEFAULT-VALUE}, each line alone).")
  int documentLines;

  @Option(names = "--document-names", negatable = true, defaultValue = "true",
      fallbackValue = "true",
      description = "Carry a rare name found in one sentence to where it stands again in the"
          + " document (default: ${DEFAULT-VALUE}).")
  boolean documentNames;

  @Option(
      names = "--min-f1",
      paramLabel = "F1",
      description = "Exit with 1 if the micro F1 (0 to 1) of any gold file is below this.")
  Double minF1;

  @Override
  public Integer call() throws InputException, IOException {
    if (!format.equals("text") && !format.equals("json")) {
      throw new IllegalArgumentException("unknown format '" + format + "' (text or json)");
    }
    List<Path> files = new ArrayList<>(gold);
    if (files.isEmpty()) {
      for (NerConvention convention : NerConvention.ALL) {
        files.add(data.require("ner/" + convention.name() + "/dev.jsonl"));
      }
    }
    NerModel nerModel = model != null ? NerModel.read(Home.resolve(model)) : NerModel.builtIn();
    PrintWriter out = spec.commandLine().getOut();
    Map<Path, SpanScore> scores = new LinkedHashMap<>();
    Map<Path, Integer> sizes = new LinkedHashMap<>();
    Map<Path, String> decodedIn = new LinkedHashMap<>();
    try (ErrorLog log = new ErrorLog(errors == null ? null : Home.resolve(errors))) {
      for (Path file : files) {
        NerConvention convention = NerConvention.named(NerConvention.setOf(file));
        Set<EntityType> scored = labelsFor(file, convention);
        List<NerGold.Sentence> sentences = NerGold.read(file);
        NerModel decoder = decoder(nerModel, convention);
        decodedIn.put(file, decoder.convention());
        Pipeline pipeline =
            UrduPipeline.withEntities(new NerTagger(decoder, documentNames));
        scores.put(file, NerEvaluation.score(pipeline, sentences, scored,
            raw ? null : convention, log.listener(scored), documentLines));
        sizes.put(file, sentences.size());
      }
    }
    if (format.equals("json")) {
      out.println(json(scores, sizes, decodedIn));
    } else {
      scores.forEach((file, score) ->
          printText(out, file, sizes.get(file), decodedIn.get(file), score));
    }
    boolean missed =
        minF1 != null && scores.values().stream().anyMatch(s -> s.micro().f1() < minF1);
    if (missed) {
      spec.commandLine().getErr().println("khabar: below the required F1");
      return ExitCodes.SOME_FAILED;
    }
    return ExitCodes.OK;
  }

  /** The model decoding in the convention asked for, or in the gold set's own. */
  private NerModel decoder(NerModel nerModel, NerConvention set) {
    if (decodeIn != null) {
      return switch (decodeIn) {
        case "default" -> nerModel;
        case "shared" -> nerModel.shared();
        default -> nerModel.inConvention(decodeIn);
      };
    }
    if (set != null && nerModel.conventions().contains(set.name())) {
      return nerModel.inConvention(set.name());
    }
    // a set the model learnt no convention of is decoded in what all sets share
    return set != null ? nerModel.shared() : nerModel;
  }

  /** Writes the errors of each sentence as a JSON line, if asked to. */
  private static final class ErrorLog implements AutoCloseable {
    private final java.io.Writer writer;
    private final com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper();

    ErrorLog(Path file) throws IOException {
      this.writer = file == null ? null
          : java.nio.file.Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8);
    }

    NerEvaluation.Listener listener(Set<EntityType> scored) {
      if (writer == null) {
        return null;
      }
      return (sentence, gold, system) -> {
        Set<SpanScore.Mention> goldSet = new java.util.HashSet<>();
        gold.stream().filter(m -> scored.contains(m.type())).forEach(goldSet::add);
        Set<SpanScore.Mention> systemSet = new java.util.HashSet<>();
        system.stream().filter(m -> scored.contains(m.type())).forEach(systemSet::add);
        var line = mapper.createObjectNode();
        line.put("id", sentence.id());
        line.put("text", sentence.text());
        var missed = line.putArray("missed");
        var spurious = line.putArray("spurious");
        var correct = line.putArray("correct");
        for (SpanScore.Mention m : sorted(goldSet)) {
          (systemSet.contains(m) ? correct : missed).add(describe(sentence.text(), m));
        }
        for (SpanScore.Mention m : sorted(systemSet)) {
          if (!goldSet.contains(m)) {
            spurious.add(describe(sentence.text(), m));
          }
        }
        try {
          writer.write(mapper.writeValueAsString(line));
          writer.write('\n');
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      };
    }

    private static List<SpanScore.Mention> sorted(Set<SpanScore.Mention> mentions) {
      List<SpanScore.Mention> list = new ArrayList<>(mentions);
      list.sort(java.util.Comparator.comparingInt(SpanScore.Mention::start)
          .thenComparingInt(SpanScore.Mention::end));
      return list;
    }

    private static String describe(String text, SpanScore.Mention m) {
      return m.type() + " " + text.substring(m.start(), m.end());
    }

    @Override
    public void close() throws IOException {
      if (writer != null) {
        writer.close();
      }
    }
  }

  private Set<EntityType> labelsFor(Path file, NerConvention convention) {
    if (labels != null && !labels.isEmpty()) {
      return EnumSet.copyOf(labels);
    }
    if (convention == null) {
      throw new IllegalArgumentException("cannot tell which labels " + file + " annotates from"
          + " its folder name; give them with --labels");
    }
    return convention.labels();
  }

  private void printText(
      PrintWriter out, Path file, int sentences, String decodedIn, SpanScore score) {
    String set = NerConvention.setOf(file);
    boolean adapted = !raw && NerConvention.named(set) != null;
    out.printf(Locale.ROOT, "%s (%s, %d sentences%s%s)%n", set, file, sentences,
        ", decoded in " + (decodedIn == null ? "the shared weights" : decodedIn + "'s convention"),
        adapted ? ", read in the set's terms" : "");
    out.printf(Locale.ROOT, "  %-13s %7s %7s %7s %6s %6s %7s%n", "label", "P", "R", "F1",
        "gold", "system", "correct");
    score.byType().forEach((type, counts) -> printRow(out, type.name(), counts));
    printRow(out, "micro", score.micro());
    out.println();
  }

  private static void printRow(PrintWriter out, String name, SpanScore.Counts counts) {
    out.printf(Locale.ROOT, "  %-13s %7.4f %7.4f %7.4f %6d %6d %7d%n", name, counts.precision(),
        counts.recall(), counts.f1(), counts.gold(), counts.system(), counts.correct());
  }

  private String json(
      Map<Path, SpanScore> scores, Map<Path, Integer> sizes, Map<Path, String> decodedIn)
      throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
      json.writeStartArray();
      for (Map.Entry<Path, SpanScore> entry : scores.entrySet()) {
        json.writeStartObject();
        String set = NerConvention.setOf(entry.getKey());
        json.writeStringField("set", set);
        json.writeBooleanField("convention", !raw && NerConvention.named(set) != null);
        String decoder = decodedIn.get(entry.getKey());
        if (decoder == null) {
          json.writeNullField("decoded_in");
        } else {
          json.writeStringField("decoded_in", decoder);
        }
        json.writeStringField("gold", entry.getKey().toString());
        json.writeNumberField("sentences", sizes.get(entry.getKey()));
        writeCounts(json, "micro", entry.getValue().micro());
        json.writeObjectFieldStart("labels");
        for (Map.Entry<EntityType, SpanScore.Counts> type :
            entry.getValue().byType().entrySet()) {
          writeCounts(json, type.getKey().name(), type.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    return text.toString();
  }

  private static void writeCounts(JsonGenerator json, String name, SpanScore.Counts counts)
      throws IOException {
    json.writeObjectFieldStart(name);
    json.writeNumberField("precision", round(counts.precision()));
    json.writeNumberField("recall", round(counts.recall()));
    json.writeNumberField("f1", round(counts.f1()));
    json.writeNumberField("gold", counts.gold());
    json.writeNumberField("system", counts.system());
    json.writeNumberField("correct", counts.correct());
    json.writeEndObject();
  }

  private static double round(double value) {
    return Math.round(value * 10000) / 10000.0;
  }
}
