package org.khabar.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeValueTest {

  @Test
  void thePartOfTheDaySetsTheHalfOfTheDay() {
    assertThat(TimeValue.said(10, 0, DayPart.MORNING).canonical()).isEqualTo("10:00");
    assertThat(TimeValue.said(9, 30, DayPart.NIGHT).canonical()).isEqualTo("21:30");
    assertThat(TimeValue.said(6, 30, DayPart.EVENING).canonical()).isEqualTo("18:30");
    assertThat(TimeValue.said(2, 0, DayPart.MIDDAY).canonical()).isEqualTo("14:00");
    assertThat(TimeValue.said(12, 0, DayPart.MIDDAY).canonical()).isEqualTo("12:00");
    assertThat(TimeValue.said(3, 0, DayPart.AFTERNOON).canonical()).isEqualTo("15:00");
  }

  @Test
  void lateAtNightIsEarlyInTheDay() {
    assertThat(TimeValue.said(12, 0, DayPart.NIGHT).canonical()).isEqualTo("00:00"); // رات 12 بجے
    assertThat(TimeValue.said(2, 0, DayPart.NIGHT).canonical()).isEqualTo("02:00"); // رات 2 بجے
  }

  @Test
  void withoutAPartOfTheDayTheHalfIsUnknown() {
    TimeValue four = TimeValue.said(4, 0, null); // چار بجے

    assertThat(four.canonical()).isEqualTo("04:00");
    assertThat(four.halfDayKnown()).isFalse();
    assertThat(TimeValue.said(16, 0, null).halfDayKnown()).isTrue();
  }
}
