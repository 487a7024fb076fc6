package org.khabar.app.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.UrduPipeline;
import org.khabar.app.eval.NerConvention;
import org.khabar.app.eval.NerGold;
import org.khabar.entity.EntityType;
import org.khabar.ner.PartialLabels;
import org.khabar.ner.TrainingSentence;
import org.khabar.pipeline.Pipeline;
import org.khabar.sentence.Sentence;
import org.khabar.text.Document;
import org.khabar.tokenize.Token;

/**
 * Turns annotated lines into training sentences under their set's {@link NerConvention}: each
 * line is tokenized and split into sentences as the pipeline does at run time, and each gold
 * span fixes the tags of the tokens it covers, exactly where the set's spans are exact, loosely
 * where the set merged touching spans or where its label covers several Khabar types. A span
 * whose edges fall inside a token, or that crosses a sentence break, cannot be told in tags: its
 * tokens are left unknown.
 */
public final class NerTrainingData {

  private final Pipeline pipeline = UrduPipeline.tokensAsWritten(); // glued words as written
  private int spans;
  private int unaligned;

  /** The training sentences of {@code lines}, annotated by {@code convention}. */
  public List<TrainingSentence> convert(
      List<NerGold.Sentence> lines, NerConvention convention, float weight) {
    return convert(lines, convention, weight, true, null);
  }

  /**
   * As {@link #convert(List, NerConvention, float)}; {@code ownLayer} false makes the sentences
   * of no convention, so that they train only the weights all conventions share; {@code seen},
   * if not null, gives each line the names of the training folds but its own.
   */
  public List<TrainingSentence> convert(
      List<NerGold.Sentence> lines, NerConvention convention, float weight, boolean ownLayer,
      SeenNames seen) {
    List<TrainingSentence> result = new ArrayList<>();
    Set<EntityType> annotated = convention.annotated();
    for (int index = 0; index < lines.size(); index++) {
      NerGold.Sentence line = lines.get(index);
      Document document = pipeline.apply(Document.of(line.id(), line.text()));
      List<Token> tokens = document.get(Token.LAYER);
      Map<Integer, Integer> byStart = new HashMap<>();
      Map<Integer, Integer> byEnd = new HashMap<>();
      for (int i = 0; i < tokens.size(); i++) {
        byStart.put(tokens.get(i).start(), i);
        byEnd.put(tokens.get(i).end(), i);
      }
      for (Sentence sentence : document.get(Sentence.LAYER)) {
        int from = sentence.firstToken();
        int to = sentence.endToken();
        PartialLabels labels = new PartialLabels(to - from, annotated);
        for (NerGold.Span span : line.entities()) {
          Integer first = byStart.get(span.start());
          Integer last = byEnd.get(span.end());
          boolean aligned = first != null && last != null && first <= last;
          boolean inside = aligned && first >= from && last < to;
          if (inside) {
            Set<EntityType> cover = convention.trainingCoverOf(span.type());
            if (cover.contains(span.type()) && cover.size() > 1
                && !convention.coverOf(span.type()).containsAll(cover)) {
              // a title inside a name: the span still ends with the name
              labels.loose(first - from, last + 1 - from, cover, span.type());
            } else if (convention.mergesTouching() || cover.size() > 1) {
              labels.loose(first - from, last + 1 - from, cover);
            } else {
              labels.exact(first - from, last + 1 - from, span.type());
            }
          } else {
            markUnknown(tokens, from, to, span, labels);
          }
        }
        result.add(
            new TrainingSentence(tokens.subList(from, to), labels, weight,
                ownLayer ? convention.name() : null, seen == null ? null : seen.forLine(index)));
      }
      for (NerGold.Span span : line.entities()) {
        spans++;
        if (!byStart.containsKey(span.start()) || !byEnd.containsKey(span.end())) {
          unaligned++;
        }
      }
    }
    return result;
  }

  /** The tokens of sentence {@code [from, to)} that {@code span} touches become unknown. */
  private static void markUnknown(
      List<Token> tokens, int from, int to, NerGold.Span span, PartialLabels labels) {
    for (int i = from; i < to; i++) {
      Token token = tokens.get(i);
      if (token.end() > span.start() && token.start() < span.end()) {
        labels.unknown(i - from);
      }
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
