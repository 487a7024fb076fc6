package org.khabar.app.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
    SpanScore score = new SpanScore(labels);
    for (NerGold.Sentence sentence : sentences) {
      Document document = pipeline.apply(Document.of(sentence.id(), sentence.text()));
      List<SpanScore.Mention> gold = new ArrayList<>();
      for (NerGold.Span span : sentence.entities()) {
        gold.add(new SpanScore.Mention(span.start(), span.end(), span.type()));
      }
      List<SpanScore.Mention> system = new ArrayList<>();
      for (Entity entity : document.get(Entity.LAYER)) {
        system.add(new SpanScore.Mention(entity.start(), entity.end(), entity.type()));
      }
      List<SpanScore.Mention> scored =
          convention == null ? system : convention.adapt(system, sentence.text());
      score.add(gold, scored);
      if (listener != null) {
        listener.scored(sentence, gold, scored);
      }
    }
    return score;
  }
}
