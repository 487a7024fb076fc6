package org.khabar.value;

import org.khabar.entity.EntityType;

/**
 * An expression a rule found: words {@code [from, to)} of a sentence, its type and value.
 *
 * @param from the first word
 * @param to the word after the last
 * @param type NUMBER, DATE or TIME
 * @param value its value
 */
record Match(int from, int to, EntityType type, Value value) {

  int length() {
    return to - from;
  }

  /** The better of two matches at one place: the longer, else TIME before DATE before NUMBER. */
  static Match better(Match a, Match b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    if (a.to != b.to) {
      return a.to > b.to ? a : b;
    }
    return priority(a.type) >= priority(b.type) ? a : b;
  }

  private static int priority(EntityType type) {
    return switch (type) {
      case TIME -> 3;
      case DATE -> 2;
      case NUMBER -> 1;
      default -> 0;
    };
  }
}
