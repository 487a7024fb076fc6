package org.khabar.ner;

import java.util.ArrayList;
import java.util.List;
import org.khabar.entity.Entity;
import org.khabar.entity.EntityFinder;
import org.khabar.sentence.Sentence;
import org.khabar.text.Document;
import org.khabar.text.Layer;
import org.khabar.tokenize.Token;

/**
 * Finds entities with the statistical model, sentence by sentence: each sentence's tokens get
 * their best BILOU tags, and each run of tags becomes an entity over the original text, from the
 * start of its first token to the end of its last. The document must have tokens and sentences.
 */
public final class NerTagger implements EntityFinder {

  private final NerModel model;

  public NerTagger(NerModel model) {
    this.model = model;
  }

  /** A tagger with the model that ships with Khabar. */
  public static NerTagger builtIn() {
    return new NerTagger(NerModel.builtIn());
  }

  public NerModel model() {
    return model;
  }

  @Override
  public List<Entity> find(Document document) {
    Layer<Token> tokens = document.get(Token.LAYER);
    List<Entity> entities = new ArrayList<>();
    for (Sentence sentence : document.get(Sentence.LAYER)) {
      List<Token> words = tokens.subList(sentence.firstToken(), sentence.endToken());
      int[] tags = model.tag(words);
      for (TagSet.TokenSpan span : TagSet.decode(tags, tags.length)) {
        entities.add(
            new Entity(
                words.get(span.first()).start(),
                words.get(span.end() - 1).end(),
                span.type(),
                null,
                Entity.Origin.MODEL));
      }
    }
    return entities;
  }
}
