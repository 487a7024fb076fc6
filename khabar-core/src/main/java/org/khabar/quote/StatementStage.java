package org.khabar.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.khabar.coref.EntityClusters;
import org.khabar.pipeline.Stage;
import org.khabar.text.Document;
import org.khabar.text.Key;
import org.khabar.text.Layer;

/**
 * Makes the statements: each reported content with its speaker resolved to an entity cluster
 * (the cluster its speaker's words, name, phrase or pronoun, belong to; -1 if none).
 */
public final class StatementStage implements Stage {

  @Override
  public String name() {
    return "statements";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Attribution.LAYER, EntityClusters.KEY);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Statement.LAYER);
  }

  @Override
  public Document apply(Document document) {
    EntityClusters clusters = document.get(EntityClusters.KEY);
    List<Statement> statements = new ArrayList<>();
    for (Attribution a : document.get(Attribution.LAYER)) {
      int speaker = a.hasSpeaker() ? clusters.speakerCluster(a.speakerStart(), a.speakerEnd()) : -1;
      statements.add(new Statement(a.start(), a.end(), a.type(), a.verb(), speaker,
          a.speakerStart(), a.speakerEnd(), a.dateStart(), a.dateEnd()));
    }
    return document.with(Statement.LAYER, Layer.overlapping(statements, document.text().length()));
  }
}
