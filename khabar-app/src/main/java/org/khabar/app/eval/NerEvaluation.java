package org.khabar.app.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khabar.entity.Entity;
import org.khabar.entity.EntityType;
import org.khabar.pipeline.Pipeline;
import org.khabar.text.Document;

/**
 * Runs a pipeline over gold sentences, each on its own, and scores the entities it finds,
 * read in the set's terms if a convention is given (see {@link NerConvention#adapt}).
 */
public final class NerEvaluation {

  private NerEvaluation() {}

  /** Told the gold and system mentions of each sentence, as scored. */
  public interface Listener {
    void scored(NerGold.Sentence sentence, List<SpanScore.Mention> gold,
        List<SpanScore.Mention> system);
  }

  public static SpanScore score(
      Pipeline pipeline,
      List<NerGold.Sentence> sentences,
      Set<EntityType> labels,
      NerConvention convention) {
    return score(pipeline, sentences, labels, convention, null);
  }

  public static SpanScore score(
      Pipeline pipeline,
      List<NerGold.Sentence> sentences,
      Set<EntityType> labels,
      NerConvention convention,
      Listener listener) {
    return score(pipeline, sentences, labels, convention, listener, 1);
  }

  /**
   * As above, with the sentences analysed in documents of up to {@code block} lines: lines whose
   * ids end in numbers of one block of {@code block} (1-10, 11-20, ...) are joined by line
   * breaks into one document, as the sets were split in blocks of 10 consecutive sentences. The
   * entities are scored line by line; one across a line break counts as none.
   */
  public static SpanScore score(
      Pipeline pipeline,
      List<NerGold.Sentence> sentences,
      Set<EntityType> labels,
      NerConvention convention,
      Listener listener,
      int block) {
    SpanScore score = new SpanScore(labels);
    for (List<NerGold.Sentence> lines : blocks(sentences, block)) {
      StringBuilder text = new StringBuilder();
      int[] starts = new int[lines.size()];
      for (int k = 0; k < lines.size(); k++) {
        if (k > 0) {
          text.append('\n');
        }
        starts[k] = text.length();
        text.append(lines.get(k).text());
      }
      Document document = pipeline.apply(Document.of(lines.get(0).id(), text.toString()));
      List<Entity> entities = document.get(Entity.LAYER);
      for (int k = 0; k < lines.size(); k++) {
        NerGold.Sentence sentence = lines.get(k);
        int start = starts[k];
        int end = start + sentence.text().length();
        List<SpanScore.Mention> gold = new ArrayList<>();
        for (NerGold.Span span : sentence.entities()) {
          gold.add(new SpanScore.Mention(span.start(), span.end(), span.type()));
        }
        List<SpanScore.Mention> system = new ArrayList<>();
        for (Entity entity : entities) {
          if (entity.start() >= start && entity.end() <= end) {
            system.add(new SpanScore.Mention(
                entity.start() - start, entity.end() - start, entity.type()));
          }
        }
        List<SpanScore.Mention> scored =
            convention == null ? system : convention.adapt(system, sentence.text());
        score.add(gold, scored);
        if (listener != null) {
          listener.scored(sentence, gold, scored);
        }
      }
    }
    return score;
  }

  private static final Pattern NUMBER_AT_END = Pattern.compile("(\\d+)$");

  /** The sentences in runs whose ids' numbers fall in one block; an id without one is alone. */
  static List<List<NerGold.Sentence>> blocks(List<NerGold.Sentence> sentences, int block) {
    List<List<NerGold.Sentence>> blocks = new ArrayList<>();
    long previous = Long.MIN_VALUE;
    for (NerGold.Sentence sentence : sentences) {
      Matcher number = NUMBER_AT_END.matcher(sentence.id());
      long current = block > 1 && number.find()
          ? (Long.parseLong(number.group(1)) - 1) / block : Long.MIN_VALUE;
      if (current == Long.MIN_VALUE || current != previous) {
        blocks.add(new ArrayList<>());
      }
      blocks.get(blocks.size() - 1).add(sentence);
      previous = current;
    }
    return blocks;
  }
}
