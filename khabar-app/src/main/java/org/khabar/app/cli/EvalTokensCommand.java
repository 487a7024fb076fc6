package org.khabar.app.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.khabar.UrduPipeline;
import org.khabar.app.eval.Conllu;
import org.khabar.app.eval.TokenScore;
import org.khabar.app.format.ConlluWriter;
import org.khabar.io.InputException;
import org.khabar.text.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code khabar eval tokens}: token and sentence F1 against a CoNLL-U treebank. */
@Command(
    name = "tokens",
    mixinStandardHelpOptions = true,
    header = "Score tokens and sentences against a CoNLL-U file (CoNLL 2018 UD measures).",
    description = {
      "Joins the '# text' lines of the gold file into one raw text, analyses it, and scores",
      "the tokens and sentences found against the gold ones, aligned on non-space characters",
      "as the CoNLL 2018 UD evaluation does. The sentences are joined with a space, so the",
      "sentence splitter gets no help from line breaks."
    })
final class EvalTokensCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  @Option(
      names = "--gold",
      paramLabel = "FILE.conllu",
      description = "Gold file (default: ud/ur_udtb-ud-dev.conllu in the data folder).")
  Path gold;

  @Option(
      names = "--join",
      defaultValue = "space",
      description = "What goes between two gold sentences: space (default) or newline.")
  String join;

  @Option(names = "--output", paramLabel = "FILE", description = "Also write the system CoNLL-U.")
  Path output;

  @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
  String format;

  @Option(names = "--min-token-f1", description = "Exit with 1 if token F1 (in %%) is below this.")
  Double minTokenF1;

  @Option(
      names = "--min-sentence-f1",
      description = "Exit with 1 if sentence F1 (in %%) is below this.")
  Double minSentenceF1;

  @Override
  public Integer call() throws InputException, IOException {
    Path goldFile = gold != null ? gold : data.require("ud/ur_udtb-ud-dev.conllu");
    List<Conllu.Sentence> sentences = Conllu.read(goldFile);
    String separator = join.equals("newline") ? "\n" : " ";
    String raw = sentences.stream().map(Conllu.Sentence::text).collect(Collectors.joining(separator));
    Document document = UrduPipeline.tokens().apply(Document.of("gold", raw));
    TokenScore.Result result = TokenScore.score(sentences, document);
    if (output != null) {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
        ConlluWriter writer = new ConlluWriter(out);
        writer.write(document, 0);
        writer.flush();
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      out.printf(
          Locale.ROOT,
          "{\"gold\":\"%s\",\"tokens\":{\"f1\":%.4f,\"precision\":%.4f,\"recall\":%.4f,"
              + "\"gold\":%d,\"system\":%d},\"sentences\":{\"f1\":%.4f,\"precision\":%.4f,"
              + "\"recall\":%.4f,\"gold\":%d,\"system\":%d}}%n",
          goldFile.toString().replace("\\", "\\\\"),
          100 * result.tokenF1(), 100 * result.tokenPrecision(), 100 * result.tokenRecall(),
          result.goldTokens(), result.systemTokens(),
          100 * result.sentenceF1(), 100 * result.sentencePrecision(),
          100 * result.sentenceRecall(), result.goldSentences(), result.systemSentences());
    } else {
      out.printf(Locale.ROOT, "gold: %s (%d sentences joined by %s)%n", goldFile,
          sentences.size(), join);
      out.printf(Locale.ROOT, "tokens    F1 %6.2f  (P %6.2f, R %6.2f; %d gold, %d system)%n",
          100 * result.tokenF1(), 100 * result.tokenPrecision(), 100 * result.tokenRecall(),
          result.goldTokens(), result.systemTokens());
      out.printf(Locale.ROOT, "sentences F1 %6.2f  (P %6.2f, R %6.2f; %d gold, %d system)%n",
          100 * result.sentenceF1(), 100 * result.sentencePrecision(),
          100 * result.sentenceRecall(), result.goldSentences(), result.systemSentences());
    }
    boolean missed =
        (minTokenF1 != null && 100 * result.tokenF1() < minTokenF1)
            || (minSentenceF1 != null && 100 * result.sentenceF1() < minSentenceF1);
    if (missed) {
      spec.commandLine().getErr().println("khabar: below the required F1");
      return ExitCodes.SOME_FAILED;
    }
    return ExitCodes.OK;
  }
}
