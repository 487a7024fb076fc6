package org.khabar.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.khabar.pipeline.Stage;
import org.khabar.sentence.Sentence;
import org.khabar.text.Document;
import org.khabar.text.Key;
import org.khabar.text.Layer;
import org.khabar.tokenize.Token;

/**
 * Adds the entity layer: runs the statistical model and the grammar finders (numbers, dates,
 * times) and merges what they find by the rule of {@link EntityMerger}: grammar spans win for
 * value types where they overlap the model's value spans, the model's names win elsewhere.
 */
public final class EntityStage implements Stage {

  private final EntityFinder model;
  private final List<EntityFinder> grammars;

  /**
   * @param model the statistical tagger
   * @param grammars finders whose spans win for value types, in no particular order
   */
  public EntityStage(EntityFinder model, List<EntityFinder> grammars) {
    this.model = model;
    this.grammars = List.copyOf(grammars);
  }

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Token.LAYER, Sentence.LAYER);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Entity.LAYER);
  }

  @Override
  public Document apply(Document document) {
    List<Entity> found = new ArrayList<>();
    for (EntityFinder grammar : grammars) {
      found.addAll(grammar.find(document));
    }
    List<Entity> merged = EntityMerger.merge(model.find(document), found);
    return document.with(Entity.LAYER, Layer.of(merged, document.text().length()));
  }
}
