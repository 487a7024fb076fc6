package org.khabar.value;

/**
 * A part of the day, with its TIMEX3 code: صبح (morning), دوپہر (midday), سہ پہر (afternoon), شام
 * (evening), رات and شب (night).
 */
public enum DayPart {
  /** صبح، علی الصبح: {@code صبح 10 بجے} is 10:00. */
  MORNING("MO"),
  /** دوپہر: {@code دوپہر 2 بجے} is 14:00, {@code دوپہر 12 بجے} is 12:00. */
  MIDDAY("MI"),
  /** سہ پہر: {@code سہ پہر 3 بجے} is 15:00. */
  AFTERNOON("AF"),
  /** شام: {@code شام 6.30 بجے} is 18:30. */
  EVENING("EV"),
  /** رات، شب: {@code رات ساڑھے نو بجے} is 21:30, {@code رات 2 بجے} is 02:00. */
  NIGHT("NI");

  private final String timexCode;

  DayPart(String timexCode) {
    this.timexCode = timexCode;
  }

  /** The TIMEX3 code, written after a date: {@code 2016-12-24TNI}. */
  public String timexCode() {
    return timexCode;
  }

  /**
   * The hour on a 24-hour clock for {@code hour} (1-12) said in this part of the day: شام 6 بجے
   * → 18, رات 12 بجے → 0, رات 2 بجے → 2, صبح 10 بجے → 10.
   */
  public int toTwentyFourHour(int hour) {
    return switch (this) {
      case MORNING -> hour;
      case MIDDAY -> hour <= 5 ? hour + 12 : hour;
      case AFTERNOON, EVENING -> hour < 12 ? hour + 12 : hour;
      case NIGHT -> hour == 12 ? 0 : (hour >= 6 ? hour + 12 : hour);
    };
  }
}
