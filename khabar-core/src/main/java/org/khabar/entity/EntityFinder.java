package org.khabar.entity;

import java.util.List;
import org.khabar.text.Document;

/**
 * Something that finds entities in a document that has tokens and sentences: the statistical
 * model, or a grammar for numbers, dates and times. The entity stage merges what finders find.
 */
public interface EntityFinder {

  /** The entities found, in text order, not overlapping one another. */
  List<Entity> find(Document document);
}
