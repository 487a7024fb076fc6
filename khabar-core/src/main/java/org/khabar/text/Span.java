package org.khabar.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into a document's original text.
 *
 * <p>Every annotation in Khabar (token, sentence, entity, quote, value) is a span over the text
 * exactly as it was given, so it can be highlighted where it stands. Offsets are Java {@code
 * String} indices; Urdu lies in the Basic Multilingual Plane, so for Urdu they are also code
 * points.
 */
public interface Span {

  int start();

  int end();

  default int length() {
    return end() - start();
  }

  /** The text this span covers in {@code text}, the document's original text. */
  default String coveredText(String text) {
    return text.substring(start(), end());
  }

  default boolean contains(Span other) {
    return start() <= other.start() && other.end() <= end();
  }

  default boolean overlaps(Span other) {
    return start() < other.end() && other.start() < end();
  }

  /** Checks {@code 0 <= start <= end <= textLength}. */
  static void checkBounds(int start, int end, int textLength) {
    if (start < 0 || end < start || end > textLength) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") does not lie in a text of length " + textLength);
    }
  }
}
