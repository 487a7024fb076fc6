package org.khabar.value;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import org.khabar.value.DateRelation.Direction;

/**
 * Resolves relative and partial dates against the report's date. With the report dated Sunday
 * 2016-12-25: گزشتہ روز is 2016-12-24; اتوار (past tense) the Sunday on or before it, 2016-12-25;
 * اسی ہفتے the week 2016-W51; گزشتہ سال 2015; یکم دسمبر (no year) 2016-12-01; 12 ربیع الاول
 * (no year) the 12 Rabi' al-awwal of the Hijri year of the report, 1438: 2016-12-12. Dates told
 * relative to an event (اگلے روز, the next day) and کل without a tense stay unresolved.
 */
final class DateResolver {

  /** A day this far from the report needs its year in the text (see {@link #nearbyYear}). */
  private static final int FAR_DAYS = 240;

  /** A day this near the report may go without its year. */
  private static final int NEAR_DAYS = 61;

  private DateResolver() {}

  /** {@code value} resolved against {@code report}; {@code value} itself if it cannot be. */
  static DateValue resolve(DateValue value, LocalDate report) {
    if (report == null || value.resolved()) {
      return value;
    }
    DateRelation relation = value.relation();
    if (relation == null || relation.anchor() == DateRelation.Anchor.EVENT) {
      return value;
    }
    try {
      DateValue resolved =
          value.hijri() != null
              ? hijri(value, relation, report)
              : value.month() != 0 ? partial(value, relation, report) : relative(value, relation, report);
      return resolved == null ? value : resolved.withRelation(relation).withDayPart(value.dayPart()).withHijri(resolved.hijri());
    } catch (DateTimeException e) {
      return value;
    }
  }

  private static DateValue relative(DateValue value, DateRelation relation, LocalDate report) {
    if (relation.direction() == Direction.EITHER && relation.unit() != DateRelation.Unit.WEEKDAY) {
      return null;
    }
    int sign = relation.direction() == Direction.BEFORE ? -1 : 1;
    int offset = sign * relation.amount();
    return switch (relation.unit()) {
      case DAY -> DateValue.day(report.plusDays(offset));
      case WEEK -> DateValue.week(report.plusWeeks(offset));
      case MONTH -> {
        YearMonth month = YearMonth.from(report).plusMonths(offset);
        yield value.day() != 0 && month.isValidDay(value.day())
            ? DateValue.day(month.atDay(value.day()))
            : DateValue.month(month.getYear(), month.getMonthValue());
      }
      case YEAR -> DateValue.year(report.getYear() + offset);
      case WEEKDAY -> DateValue.day(weekday(relation, report));
    };
  }

  private static LocalDate weekday(DateRelation relation, LocalDate report) {
    var day = relation.weekday();
    boolean strictly = relation.amount() > 0;
    return switch (relation.direction()) {
      case BEFORE -> report.with(
          strictly ? TemporalAdjusters.previous(day) : TemporalAdjusters.previousOrSame(day));
      case AFTER -> report.with(
          strictly ? TemporalAdjusters.next(day) : TemporalAdjusters.nextOrSame(day));
      case SAME -> report.with(ChronoField.DAY_OF_WEEK, day.getValue());
      case EITHER -> {
        LocalDate before = report.with(TemporalAdjusters.previousOrSame(day));
        LocalDate after = report.with(TemporalAdjusters.nextOrSame(day));
        yield report.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - report.toEpochDay()
            ? before
            : after;
      }
    };
  }

  /**
   * A Gregorian date without a year ({@code year == 0}) or with a year relative to the report
   * (گزشتہ سال جون). For no year: on or before the report in the past tense, on or after in the
   * future, else the report's year.
   */
  private static DateValue partial(DateValue value, DateRelation relation, LocalDate report) {
    int year = report.getYear();
    if (relation.unit() == DateRelation.Unit.YEAR && relation.amount() > 0) {
      year += relation.direction() == Direction.BEFORE ? -relation.amount() : relation.amount();
    } else if (relation.direction() == Direction.BEFORE
        && first(year, value).isAfter(report)) {
      year--;
    } else if (relation.direction() == Direction.AFTER && last(year, value).isBefore(report)) {
      year++;
    }
    if (relation.unit() != DateRelation.Unit.YEAR || relation.amount() == 0) {
      year = nearbyYear(year, value, report);
    }
    return value.day() != 0
        ? DateValue.day(LocalDate.of(year, value.month(), value.day()))
        : DateValue.month(year, value.month());
  }

  /**
   * News names a date without its year only when the date is near. When the tense puts a day most
   * of a year from the report ({@value #FAR_DAYS} days or more) while the same day in the year
   * before or after lies within {@value #NEAR_DAYS} days of it, the tense was misread, and the
   * near day is meant: reported on 2014-10-06, «12اکتوبر کو شیڈیول کیا گیا ہے» (scheduled for 12
   * October: past in form) is 2014-10-12, not 2013-10-12.
   */
  private static int nearbyYear(int year, DateValue value, LocalDate report) {
    if (value.day() == 0 || distance(year, value, report) < FAR_DAYS) {
      return year;
    }
    for (int other = year - 1; other <= year + 1; other += 2) {
      if (distance(other, value, report) <= NEAR_DAYS) {
        return other;
      }
    }
    return year;
  }

  private static long distance(int year, DateValue value, LocalDate report) {
    if (value.month() == 2 && value.day() == 29 && !Year.isLeap(year)) {
      return Long.MAX_VALUE;
    }
    return Math.abs(LocalDate.of(year, value.month(), value.day()).toEpochDay()
        - report.toEpochDay());
  }

  private static LocalDate first(int year, DateValue value) {
    return LocalDate.of(year, value.month(), Math.max(1, value.day()));
  }

  private static LocalDate last(int year, DateValue value) {
    return value.day() != 0
        ? LocalDate.of(year, value.month(), value.day())
        : YearMonth.of(year, value.month()).atEndOfMonth();
  }

  /** A Hijri day without a year: in the Hijri year of the report, moved as the tense says. */
  private static DateValue hijri(DateValue value, DateRelation relation, LocalDate report) {
    String[] parts = value.hijri().split("-");
    if (parts.length != 3 || !parts[0].equals("XXXX")) {
      return null;
    }
    int month = Integer.parseInt(parts[1]);
    int day = Integer.parseInt(parts[2]);
    int year = HijrahDate.from(report).get(ChronoField.YEAR);
    LocalDate date = LocalDate.from(HijrahDate.of(year, month, day));
    if (relation.direction() == Direction.BEFORE && date.isAfter(report)) {
      date = LocalDate.from(HijrahDate.of(--year, month, day));
    } else if (relation.direction() == Direction.AFTER && date.isBefore(report)) {
      date = LocalDate.from(HijrahDate.of(++year, month, day));
    }
    return DateValue.day(date).withHijri(String.format("%04d-%02d-%02d", year, month, day));
  }
}
