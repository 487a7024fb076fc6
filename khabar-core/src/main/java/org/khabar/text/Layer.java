package org.khabar.text;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable, ordered list of spans of one kind over a document's original text.
 *
 * <p>A layer is checked when it is made: every span lies inside the text, spans are ordered by
 * start (then end), and, unless the layer is made with {@link #overlapping}, no two spans overlap.
 *
 * @param <S> the type of span
 */
public final class Layer<S extends Span> extends AbstractList<S> implements RandomAccess {

  private static final Layer<?> EMPTY = new Layer<>(List.of(), false);

  private final List<S> spans;
  private final boolean overlapping;

  private Layer(List<S> spans, boolean overlapping) {
    this.spans = spans;
    this.overlapping = overlapping;
  }

  @SuppressWarnings("unchecked")
  public static <S extends Span> Layer<S> empty() {
    return (Layer<S>) EMPTY;
  }

  /** A layer of spans that must not overlap, in text order. */
  public static <S extends Span> Layer<S> of(List<? extends S> spans, int textLength) {
    return make(spans, textLength, false);
  }

  /** A layer whose spans may overlap or nest (for example entities inside a quotation). */
  public static <S extends Span> Layer<S> overlapping(List<? extends S> spans, int textLength) {
    return make(spans, textLength, true);
  }

  private static <S extends Span> Layer<S> make(
      List<? extends S> spans, int textLength, boolean overlapping) {
    List<S> copy = Collections.unmodifiableList(new ArrayList<>(spans));
    Span previous = null;
    for (S span : copy) {
      Span.checkBounds(span.start(), span.end(), textLength);
      if (previous != null) {
        boolean ordered =
            previous.start() < span.start()
                || (previous.start() == span.start() && previous.end() <= span.end());
        if (!ordered) {
          throw new IllegalArgumentException("spans out of order: " + previous + " before " + span);
        }
        if (!overlapping && previous.end() > span.start()) {
          throw new IllegalArgumentException("spans overlap: " + previous + " and " + span);
        }
      }
      previous = span;
    }
    return new Layer<>(copy, overlapping);
  }

  @Override
  public S get(int index) {
    return spans.get(index);
  }

  @Override
  public int size() {
    return spans.size();
  }

  public boolean allowsOverlap() {
    return overlapping;
  }

  /**
   * The index of the first span whose end is after {@code offset}, or {@link #size()}: where a
   * search for spans at or after {@code offset} starts. Binary search over a non-overlapping
   * layer.
   */
  public int firstEndingAfter(int offset) {
    int low = 0;
    int high = spans.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (spans.get(mid).end() <= offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** The spans that lie wholly inside {@code range}, in order. */
  public List<S> within(Span range) {
    List<S> result = new ArrayList<>();
    for (int i = overlapping ? 0 : firstEndingAfter(range.start()); i < spans.size(); i++) {
      S span = spans.get(i);
      if (!overlapping && span.start() >= range.end()) {
        break;
      }
      if (range.contains(span)) {
        result.add(span);
      }
    }
    return result;
  }
}
