package org.khabar.value;

/**
 * The value of a clock time: صبح 10 بجے is 10:00, رات ساڑھے نو بجے 21:30, شام 6.30 بجے 18:30.
 *
 * <p>Without a part of the day the text does not say which half of the day it means: {@code 4
 * بجے} is 04:00 or 16:00. Such a value has {@code halfDayKnown == false} and is given as the
 * morning reading.
 *
 * @param hour 0-23
 * @param minute 0-59
 * @param dayPart the part of the day the text names, or null
 * @param halfDayKnown false if the hour might also be 12 hours later
 */
public record TimeValue(int hour, int minute, DayPart dayPart, boolean halfDayKnown)
    implements Value {

  public TimeValue {
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
      throw new IllegalArgumentException("bad time " + hour + ":" + minute);
    }
  }

  /**
   * The time {@code hour:minute} as said with {@code dayPart} (null if none): (ساڑھے نو, رات) →
   * 21:30. {@code hour} is on a 12-hour clock unless it is above 12.
   */
  public static TimeValue said(int hour, int minute, DayPart dayPart) {
    if (hour > 12 || hour == 0) {
      return new TimeValue(hour % 24, minute, dayPart, true);
    }
    if (dayPart == null) {
      return new TimeValue(hour, minute, null, false);
    }
    return new TimeValue(dayPart.toTwentyFourHour(hour), minute, dayPart, true);
  }

  /** {@code HH:mm} on a 24-hour clock: {@code 21:30}. */
  @Override
  public String canonical() {
    return String.format("%02d:%02d", hour, minute);
  }

  @Override
  public String toString() {
    return canonical() + (halfDayKnown ? "" : " (or 12 hours later)");
  }
}
