package org.khabar.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.entity.EntityType;

class SpanScoreTest {

  private static SpanScore.Mention m(int start, int end, EntityType type) {
    return new SpanScore.Mention(start, end, type);
  }

  @Test
  void exactMatchOnlyOverTheScoredLabels() {
    SpanScore score = new SpanScore(EnumSet.of(EntityType.PERSON, EntityType.LOCATION));
    score.add(
        List.of(m(0, 5, EntityType.LOCATION), m(13, 23, EntityType.PERSON),
            m(9, 12, EntityType.DESIGNATION)),
        List.of(m(0, 5, EntityType.LOCATION), m(13, 20, EntityType.PERSON),
            m(30, 35, EntityType.NUMBER)));
    SpanScore.Counts micro = score.micro();
    assertThat(micro.gold()).isEqualTo(2);
    assertThat(micro.system()).isEqualTo(2);
    assertThat(micro.correct()).isEqualTo(1);
    assertThat(micro.f1()).isCloseTo(0.5, within(1e-9));
    assertThat(score.byType().get(EntityType.LOCATION).f1()).isEqualTo(1.0);
  }

  @Test
  void nothingFoundScoresZeroNotNaN() {
    SpanScore score = new SpanScore(EnumSet.of(EntityType.PERSON));
    score.add(List.of(m(0, 3, EntityType.PERSON)), List.of());
    assertThat(score.micro().f1()).isZero();
  }
}
