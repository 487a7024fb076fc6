package org.khabar.text;

/** A plain span with no payload: {@code [start, end)} over the original text. */
public record CharSpan(int start, int end) implements Span {

  public CharSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
