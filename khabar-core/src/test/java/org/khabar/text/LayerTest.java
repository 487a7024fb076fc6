package org.khabar.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayerTest {

  private static CharSpan span(int start, int end) {
    return new CharSpan(start, end);
  }

  @Test
  void acceptsOrderedSpansThatTouchButDoNotOverlap() {
    Layer<CharSpan> layer = Layer.of(List.of(span(0, 3), span(3, 5), span(6, 10)), 10);
    assertThat(layer).hasSize(3);
    assertThat(layer.get(1)).isEqualTo(span(3, 5));
    assertThat(layer.allowsOverlap()).isFalse();
  }

  @Test
  void rejectsSpansOutOfOrder() {
    assertThatThrownBy(() -> Layer.of(List.of(span(4, 6), span(0, 3)), 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of order");
  }

  @Test
  void rejectsOverlappingSpans() {
    assertThatThrownBy(() -> Layer.of(List.of(span(0, 4), span(3, 6)), 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overlap");
  }

  @Test
  void rejectsSpansOutsideTheText() {
    assertThatThrownBy(() -> Layer.of(List.of(span(8, 11)), 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("length 10");
  }

  @Test
  void spansCannotBeNegativeOrBackwards() {
    assertThatThrownBy(() -> span(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> span(5, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Span.checkBounds(5, 4, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void overlappingLayerAcceptsNestedSpansButStillWantsOrder() {
    Layer<CharSpan> layer = Layer.overlapping(List.of(span(0, 10), span(2, 4), span(2, 6)), 10);
    assertThat(layer.allowsOverlap()).isTrue();
    assertThat(layer).hasSize(3);
    assertThatThrownBy(() -> Layer.overlapping(List.of(span(2, 6), span(2, 4)), 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLayerIsACopyAndCannotBeChanged() {
    List<CharSpan> spans = new ArrayList<>(List.of(span(0, 2)));
    Layer<CharSpan> layer = Layer.of(spans, 5);
    spans.add(span(3, 4));
    assertThat(layer).hasSize(1);
    assertThatThrownBy(() -> layer.add(span(3, 4)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void withinGivesTheSpansInsideARange() {
    Layer<CharSpan> layer =
        Layer.of(List.of(span(0, 2), span(3, 5), span(6, 8), span(9, 12)), 12);
    assertThat(layer.within(span(3, 8))).containsExactly(span(3, 5), span(6, 8));
    assertThat(layer.within(span(1, 7))).containsExactly(span(3, 5));
    assertThat(layer.within(span(12, 12))).isEmpty();
    Layer<CharSpan> nested = Layer.overlapping(List.of(span(0, 10), span(2, 4), span(5, 12)), 12);
    assertThat(nested.within(span(0, 10))).containsExactly(span(0, 10), span(2, 4));
  }

  @Test
  void firstEndingAfterFindsWhereASearchStarts() {
    Layer<CharSpan> layer = Layer.of(List.of(span(0, 2), span(3, 5), span(6, 8)), 8);
    assertThat(layer.firstEndingAfter(0)).isZero();
    assertThat(layer.firstEndingAfter(2)).isEqualTo(1);
    assertThat(layer.firstEndingAfter(4)).isEqualTo(1);
    assertThat(layer.firstEndingAfter(8)).isEqualTo(3);
  }

  @Test
  void emptyLayer() {
    assertThat(Layer.<CharSpan>empty()).isEmpty();
    assertThat(Layer.of(List.<CharSpan>of(), 0)).isEmpty();
  }

  @Test
  void spanRelations() {
    assertThat(span(0, 10).contains(span(2, 4))).isTrue();
    assertThat(span(2, 4).contains(span(0, 10))).isFalse();
    assertThat(span(0, 4).overlaps(span(3, 6))).isTrue();
    assertThat(span(0, 3).overlaps(span(3, 6))).isFalse();
    assertThat(span(2, 5).length()).isEqualTo(3);
    assertThat(span(0, 5).coveredText("کراچی میں")).isEqualTo("کراچی");
  }
}
