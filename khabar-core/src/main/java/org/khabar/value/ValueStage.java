package org.khabar.value;

import java.util.Set;
import org.khabar.entity.Entity;
import org.khabar.pipeline.Stage;
import org.khabar.sentence.Sentence;
import org.khabar.text.Document;
import org.khabar.text.Key;
import org.khabar.text.Layer;
import org.khabar.tokenize.Token;

/**
 * Adds the values layer: every number, date and time expression {@link ValueGrammar} finds, with
 * its value — also those that are not named entities, such as the weekday in «اتوار کو ایک بیان
 * میں» (the Sunday before the report) or «ہفتے اور اتوار کی درمیانی شب».
 */
public final class ValueStage implements Stage {

  /** The value expressions of a document: NUMBER, DATE and TIME spans with their values. */
  public static final Key<Layer<Entity>> LAYER = Key.layer("values", Entity.class);

  private final ValueGrammar grammar = new ValueGrammar();

  @Override
  public String name() {
    return "values";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Token.LAYER, Sentence.LAYER);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(LAYER);
  }

  @Override
  public Document apply(Document document) {
    return document.with(LAYER, Layer.of(grammar.find(document), document.text().length()));
  }
}
