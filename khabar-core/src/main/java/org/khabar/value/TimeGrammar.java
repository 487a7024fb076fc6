package org.khabar.value;

import org.khabar.entity.EntityType;

/**
 * Clock times: with بجے (o'clock), which is what makes a number an hour, or written with a colon,
 * which only a clock puts between an hour and two digits of minutes. The rules, each with an
 * example:
 *
 * <ul>
 *   <li>An hour in words or digits: {@code 10 بجے}، {@code گیارہ بجے}، {@code چاربجے} (glued);
 *       without a part of the day the half of the day is unknown (04:00 or 16:00).
 *   <li>Halves and quarters: {@code ساڑھے نو بجے} = 9:30، {@code ڈیڑھ بجے} = 1:30، {@code ڈھائی
 *       بجے} = 2:30، {@code سوا چار بجے} = 4:15، {@code پونے گیارہ بجے} = 10:45.
 *   <li>Minutes in digits: {@code 6.30 بجے}، {@code 4:10 بجے}; or in words: {@code دس بج کر پندرہ
 *       منٹ} = 10:15. With a colon, بجے may be left out: {@code 11:30 پر} = 11:30 ({@code 6.30}
 *       alone is a decimal number).
 *   <li>A part of the day before it sets the half of the day and is part of the span: {@code صبح
 *       10 بجے} = 10:00، {@code رات ساڑھے نو بجے} = 21:30، {@code شام 6.30 بجے} = 18:30، {@code
 *       دوپہر 2 بجے} = 14:00، {@code سہ پہر 3 بجے} = 15:00، {@code رات 2 بجے} = 02:00. (شام alone
 *       is also Syria: only a time after it makes it the evening.) So does one right after
 *       {@code بجے}: {@code ساڑھے 4 بجے سہ پہر} = 16:30، {@code پونے آٹھ بجے شام} = 19:45.
 *   <li>{@code آدھی رات} (midnight) = 00:00.
 * </ul>
 */
final class TimeGrammar {

  private TimeGrammar() {}

  /** The time starting at word {@code i}, or null. */
  static Match match(Words w, int i, Context context) {
    if (w.is(i, "آدھی") && w.is(i + 1, "رات")) {
      return new Match(i, i + 2, EntityType.TIME, new TimeValue(0, 0, DayPart.NIGHT, true));
    }
    DayPart dayPart = null;
    int hourAt = i;
    if (w.has(i, Role.DAY_PART) && !w.has(i, Role.NIGHT_BETWEEN)) {
      dayPart = w.info(i).dayPart;
      hourAt = w.is(i + 1, "کے") ? i + 2 : i + 1;
    }
    Match clock = clock(w, i, hourAt, dayPart);
    if (clock != null && dayPart == null && w.has(clock.to(), Role.DAY_PART)
        && !w.has(clock.to(), Role.NIGHT_BETWEEN)) {
      TimeValue said = (TimeValue) clock.value();
      return time(i, clock.to() + 1, said.hour(), said.minute(), w.info(clock.to()).dayPart);
    }
    return clock;
  }

  /** The time whose hour starts at {@code hourAt}, the span starting at {@code from}. */
  private static Match clock(Words w, int from, int hourAt, DayPart dayPart) {
    if (w.isDigits(hourAt)) {
      int[] clock = DigitShapes.clock(w.norm(hourAt));
      if (clock != null && w.has(hourAt + 1, Role.OCLOCK)) {
        return time(from, hourAt + 2, clock[0], clock[1], dayPart);
      }
      if (clock != null && w.norm(hourAt).indexOf(':') > 0) {
        return time(from, hourAt + 1, clock[0], clock[1], dayPart);
      }
    }
    NumberGrammar.Parsed hour = NumberGrammar.parse(w, hourAt, false);
    if (hour == null || hour.ordinal()) {
      return null;
    }
    int minutesAt = hour.to();
    if (w.has(minutesAt, Role.OCLOCK)) {
      Rational quarters = hour.value().times(4);
      long q = quarters.wholeOr(-1);
      if (q <= 0 || q > 24 * 4) {
        return null;
      }
      // پونے ایک بجے is a quarter to one: 12:45 on the 12-hour clock the words speak in
      int hourOfClock = q < 4 ? 12 : (int) (q / 4);
      return time(from, minutesAt + 1, hourOfClock, (int) (q % 4) * 15, dayPart);
    }
    if (w.has(minutesAt, Role.BAJ_KAR)) {
      long h = hour.value().wholeOr(-1);
      NumberGrammar.Parsed minutes = NumberGrammar.parse(w, minutesAt + 1, false);
      if (h <= 0 || h > 24 || minutes == null || !w.has(minutes.to(), Role.MINUTE)) {
        return null;
      }
      long m = minutes.value().wholeOr(-1);
      return m >= 0 && m < 60 ? time(from, minutes.to() + 1, (int) h, (int) m, dayPart) : null;
    }
    return null;
  }

  private static Match time(int from, int to, int hour, int minute, DayPart dayPart) {
    if (hour > 24 || minute > 59) {
      return null;
    }
    return new Match(from, to, EntityType.TIME, TimeValue.said(hour, minute, dayPart));
  }
}
