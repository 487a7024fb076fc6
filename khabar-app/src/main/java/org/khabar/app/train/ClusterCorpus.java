package org.khabar.app.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.khabar.UrduPipeline;
import org.khabar.app.bench.NewsCorpus;
import org.khabar.app.eval.NerGold;
import org.khabar.io.InputException;
import org.khabar.pipeline.Pipeline;
import org.khabar.sentence.Sentence;
import org.khabar.text.Document;
import org.khabar.tokenize.Token;

/**
 * The raw text word classes are learnt from: the news bodies ({@code news/*.jsonl}), the raw
 * sentences of the UD treebank, and the text of the NER training sets (never their dev parts),
 * as sentences of normalized tokens.
 */
public final class ClusterCorpus {

  private final Pipeline pipeline = UrduPipeline.tokensAsWritten(); // glued words as written
  private final List<List<String>> sentences = new ArrayList<>();

  /** Adds the news bodies, the treebank's sentences and the NER training text under {@code data}. */
  public ClusterCorpus addAll(Path data, List<String> nerSets) throws IOException, InputException {
    for (String body :
        NewsCorpus.bodies(
            List.of(data.resolve("news/counter.jsonl"), data.resolve("news/xlsum-ur.jsonl")))) {
      add(body);
    }
    for (String line :
        Files.readAllLines(data.resolve("ud/ur_udtb-ud-dev.conllu"), StandardCharsets.UTF_8)) {
      if (line.startsWith("# text = ")) {
        add(line.substring("# text = ".length()));
      }
    }
    for (String set : nerSets) {
      for (NerGold.Sentence sentence : NerGold.read(data.resolve("ner/" + set + "/train.jsonl"))) {
        add(sentence.text());
      }
    }
    return this;
  }

  /** Adds the sentences of one text. */
  public void add(String text) {
    Document document = pipeline.apply(Document.of("corpus", text));
    List<Token> tokens = document.get(Token.LAYER);
    for (Sentence sentence : document.get(Sentence.LAYER)) {
      List<String> words = new ArrayList<>(sentence.tokenCount());
      for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
        words.add(tokens.get(i).norm());
      }
      sentences.add(words);
    }
  }

  public List<List<String>> sentences() {
    return sentences;
  }

  public long tokens() {
    return sentences.stream().mapToLong(List::size).sum();
  }
}
