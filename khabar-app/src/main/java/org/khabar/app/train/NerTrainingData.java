package org.khabar.app.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.UrduPipeline;
import org.khabar.app.eval.NerGold;
import org.khabar.entity.EntityType;
import org.khabar.ner.TagSet;
import org.khabar.ner.TrainingSentence;
import org.khabar.pipeline.Pipeline;
import org.khabar.sentence.Sentence;
import org.khabar.text.Document;
import org.khabar.tokenize.Token;

/**
 * Turns annotated lines into training sentences: each line is tokenized and split into sentences
 * as the pipeline does at run time, and each gold span becomes the BILOU tags of the tokens it
 * covers. A span whose edges fall inside a token, or that crosses a sentence break, cannot be
 * told in tags: its tokens are left {@link TrainingSentence#UNKNOWN}.
 */
public final class NerTrainingData {

  private final Pipeline pipeline = UrduPipeline.tokens();
  private int spans;
  private int unaligned;

  /** The training sentences of {@code lines}, from a set that annotates {@code labels}. */
  public List<TrainingSentence> convert(
      List<NerGold.Sentence> lines, Set<EntityType> labels, float weight) {
    List<TrainingSentence> result = new ArrayList<>();
    for (NerGold.Sentence line : lines) {
      Document document = pipeline.apply(Document.of(line.id(), line.text()));
      List<Token> tokens = document.get(Token.LAYER);
      Map<Integer, Integer> byStart = new HashMap<>();
      Map<Integer, Integer> byEnd = new HashMap<>();
      for (int i = 0; i < tokens.size(); i++) {
        byStart.put(tokens.get(i).start(), i);
        byEnd.put(tokens.get(i).end(), i);
      }
      int[] gold = new int[tokens.size()];
      for (NerGold.Span span : line.entities()) {
        spans++;
        Integer first = byStart.get(span.start());
        Integer last = byEnd.get(span.end());
        if (first == null || last == null || last < first) {
          unaligned++;
          markUnknown(tokens, span, gold);
          continue;
        }
        List<TagSet.TokenSpan> one = List.of(new TagSet.TokenSpan(0, last - first + 1, span.type()));
        int[] tags = TagSet.encode(one, last - first + 1);
        System.arraycopy(tags, 0, gold, first, tags.length);
      }
      for (Sentence sentence : document.get(Sentence.LAYER)) {
        int from = sentence.firstToken();
        int to = sentence.endToken();
        int[] sentenceGold = java.util.Arrays.copyOfRange(gold, from, to);
        cutAtEdges(sentenceGold);
        result.add(new TrainingSentence(tokens.subList(from, to), sentenceGold, labels, weight));
      }
    }
    return result;
  }

  private static void markUnknown(List<Token> tokens, NerGold.Span span, int[] gold) {
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.end() > span.start() && token.start() < span.end()) {
        gold[i] = TrainingSentence.UNKNOWN;
      }
    }
  }

  /** A span cut by a sentence break: its pieces at the edges are unknown. */
  private static void cutAtEdges(int[] gold) {
    int n = gold.length;
    for (int i = 0; i < n && gold[i] > 0 && TagSet.position(gold[i]) != TagSet.B
        && TagSet.position(gold[i]) != TagSet.U; i++) {
      gold[i] = TrainingSentence.UNKNOWN;
    }
    for (int i = n - 1; i >= 0 && gold[i] > 0 && TagSet.position(gold[i]) != TagSet.L
        && TagSet.position(gold[i]) != TagSet.U; i--) {
      gold[i] = TrainingSentence.UNKNOWN;
    }
  }

  /** Gold spans seen so far. */
  public int spans() {
    return spans;
  }

  /** Gold spans seen so far whose edges fall inside a token. */
  public int unaligned() {
    return unaligned;
  }
}
