package org.khabar.entity;

import java.util.Set;
import org.khabar.pipeline.Stage;
import org.khabar.sentence.Sentence;
import org.khabar.text.Document;
import org.khabar.text.Key;
import org.khabar.text.Layer;
import org.khabar.tokenize.Token;

/**
 * A placeholder for the entity stage until the NER model is wired in: it adds an empty entity
 * layer, so the stages after it run (speakers then come from the noun phrases before نے).
 * {@code UrduPipeline.full()} replaces it with the real {@code EntityStage}.
 */
public final class NoEntityStage implements Stage {

  @Override
  public String name() {
    return "entities (none: placeholder)";
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
    return document.with(Entity.LAYER, Layer.empty());
  }
}
