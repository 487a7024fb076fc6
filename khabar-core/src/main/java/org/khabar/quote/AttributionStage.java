package org.khabar.quote;

import java.util.List;
import java.util.Set;
import org.khabar.entity.Entity;
import org.khabar.pipeline.Stage;
import org.khabar.sentence.Sentence;
import org.khabar.text.Document;
import org.khabar.text.Key;
import org.khabar.text.Layer;
import org.khabar.tokenize.Token;

/**
 * Finds quotations ({@link QuoteMarks}) and reported contents with the words that name their
 * speakers ({@link AttributionFinder}). Speakers are resolved to entities later, by the cluster
 * stage; the statement stage then puts the two together.
 */
public final class AttributionStage implements Stage {

  @Override
  public String name() {
    return "attributions";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Token.LAYER, Sentence.LAYER, Entity.LAYER);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Attribution.LAYER, Quotation.LAYER);
  }

  @Override
  public Document apply(Document document) {
    List<Quotation> marks = QuoteMarks.find(document);
    AttributionFinder finder = new AttributionFinder(document, marks, document.get(Entity.LAYER));
    List<Attribution> attributions = finder.find();
    int length = document.text().length();
    return document
        .with(Quotation.LAYER, Layer.overlapping(finder.quotations(), length))
        .with(Attribution.LAYER, Layer.overlapping(attributions, length));
  }
}
