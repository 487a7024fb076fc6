package org.khabar.entity;

import java.util.Objects;
import org.khabar.text.Key;
import org.khabar.text.Layer;
import org.khabar.text.Span;
import org.khabar.value.Value;

/**
 * A named entity or a value expression: its span in the original text, its type, and for numbers,
 * dates and times its value.
 *
 * @param start offset of its first character in the original text
 * @param end offset after its last character
 * @param type what it is
 * @param value its value for NUMBER, DATE and TIME when one could be worked out, else null
 * @param origin what found it
 */
public record Entity(int start, int end, EntityType type, Value value, Origin origin)
    implements Span {

  /** The entities of a document, in text order, not overlapping. */
  public static final Key<Layer<Entity>> LAYER = Key.layer("entities", Entity.class);

  /** What found an entity. */
  public enum Origin {
    /** The statistical model. */
    MODEL,
    /** A grammar (numbers, dates, times). */
    GRAMMAR
  }

  public Entity {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(origin, "origin");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad entity span [" + start + ", " + end + ")");
    }
  }

  public Entity withValue(Value newValue) {
    return new Entity(start, end, type, newValue, origin);
  }
}
