package org.khabar.value;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of a date expression, at the precision the text gives: 30 ستمبر2015ء is the day
 * 2015-09-30, ستمبر 2015ء the month 2015-09, سنہ 2012ء the year 2012, اسی ہفتے a week.
 *
 * <p>A field the text does not give and the report date cannot supply is 0: یکم دسمبر in a report
 * without a date is {@code XXXX-12-01}. Relative expressions keep their {@link DateRelation}
 * (اتوار: the Sunday on or before the report) whether or not they were resolved; unresolved, their
 * canonical form is the relation's code ({@code XXXX-WXX-7}, {@code REF-P1D}).
 *
 * @param precision what the date names: a day, a week, a month...
 * @param year the year, 0 if unknown
 * @param month the month 1-12, 0 if unknown or not part of the precision
 * @param day the day of the month, 0 if unknown or not part of the precision; for a week, the
 *     fields give its Monday
 * @param dayPart the part of the day (ہفتے اور اتوار کی درمیانی شب: NIGHT), or null
 * @param relation how the text placed the date relative to the report or an event, or null for an
 *     absolute date
 * @param hijri the Hijri date as written, {@code yyyy-MM-dd} with {@code XXXX} for an unknown
 *     year (12 ربیع الاول 1438ھ: {@code 1438-03-12}), or null for a Gregorian date
 */
public record DateValue(
    DatePrecision precision,
    int year,
    int month,
    int day,
    DayPart dayPart,
    DateRelation relation,
    String hijri)
    implements Value {

  public DateValue {
    Objects.requireNonNull(precision, "precision");
    if (month < 0 || month > 12 || day < 0 || day > 31 || year < 0) {
      throw new IllegalArgumentException("bad date fields " + year + "-" + month + "-" + day);
    }
  }

  /** A known day: 30 ستمبر2015ء. */
  public static DateValue day(LocalDate date) {
    return new DateValue(
        DatePrecision.DAY, date.getYear(), date.getMonthValue(), date.getDayOfMonth(), null, null,
        null);
  }

  /** A known month: ستمبر 2015ء. */
  public static DateValue month(int year, int month) {
    return new DateValue(DatePrecision.MONTH, year, month, 0, null, null, null);
  }

  /** A known year: سنہ 2012ء. */
  public static DateValue year(int year) {
    return new DateValue(DatePrecision.YEAR, year, 0, 0, null, null, null);
  }

  /** The ISO week that contains {@code date}: اسی ہفتے. */
  public static DateValue week(LocalDate date) {
    LocalDate monday = date.minusDays(date.getDayOfWeek().getValue() - 1L);
    return new DateValue(
        DatePrecision.WEEK,
        monday.getYear(),
        monday.getMonthValue(),
        monday.getDayOfMonth(),
        null,
        null,
        null);
  }

  /** The decade starting in {@code firstYear}: 1990 کی دہائی. */
  public static DateValue decade(int firstYear) {
    return new DateValue(DatePrecision.DECADE, firstYear, 0, 0, null, null, null);
  }

  /** The fiscal year from July of {@code firstYear} to June of the next: مالی سال 2016-17. */
  public static DateValue fiscalYear(int firstYear) {
    return new DateValue(DatePrecision.FISCAL_YEAR, firstYear, 7, 0, null, null, null);
  }

  /** The century starting in {@code firstYear} (2000 for اکیسویں صدی). */
  public static DateValue century(int firstYear) {
    return new DateValue(DatePrecision.CENTURY, firstYear, 0, 0, null, null, null);
  }

  /** A date that is only known by its relation: اتوار in a report without a date. */
  public static DateValue unresolved(DatePrecision precision, DateRelation relation) {
    return new DateValue(precision, 0, 0, 0, null, Objects.requireNonNull(relation), null);
  }

  public DateValue withRelation(DateRelation newRelation) {
    return new DateValue(precision, year, month, day, dayPart, newRelation, hijri);
  }

  public DateValue withDayPart(DayPart newDayPart) {
    return new DateValue(precision, year, month, day, newDayPart, relation, hijri);
  }

  public DateValue withHijri(String newHijri) {
    return new DateValue(precision, year, month, day, dayPart, relation, newHijri);
  }

  /** True if every field the precision needs is known. */
  public boolean resolved() {
    return switch (precision) {
      case CENTURY, DECADE, FISCAL_YEAR, YEAR -> year != 0;
      case MONTH -> year != 0 && month != 0;
      case WEEK, DAY -> year != 0 && month != 0 && day != 0;
    };
  }

  /** The first day of the date's period, if resolved: 2015-09-01 for ستمبر 2015ء. */
  public Optional<LocalDate> firstDay() {
    if (!resolved()) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(year, Math.max(month, 1), Math.max(day, 1)));
  }

  /**
   * ISO 8601 at the date's precision ({@code 2015-09-30}, {@code 2015-09}, {@code 2012}, {@code
   * 2016-W51}; a fiscal year as an interval of months, {@code 2016-07/2017-06}; decades and
   * centuries as TIMEX3 writes them: {@code 199}, {@code 20}), with the
   * TIMEX3 part of the day ({@code 2016-12-24TNI}). Unresolved: the known fields with {@code X}
   * for the rest ({@code XXXX-12-01}; a Hijri date as {@code AHXXXX-03-12}), else the
   * relation's code ({@code XXXX-WXX-7}, {@code REF-P1D}).
   */
  @Override
  public String canonical() {
    String time = dayPart == null ? "" : "T" + dayPart.timexCode();
    if (resolved()) {
      return switch (precision) {
        case CENTURY -> String.format("%02d", year / 100);
        case DECADE -> String.format("%03d", year / 10);
        case FISCAL_YEAR -> String.format("%04d-07/%04d-06", year, year + 1);
        case YEAR -> String.format("%04d", year);
        case MONTH -> String.format("%04d-%02d", year, month);
        case WEEK -> {
          LocalDate monday = LocalDate.of(year, month, day);
          yield String.format(
              "%04d-W%02d",
              monday.get(IsoFields.WEEK_BASED_YEAR),
              monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
        case DAY -> String.format("%04d-%02d-%02d", year, month, day) + time;
      };
    }
    if (hijri != null) {
      return "AH" + hijri;
    }
    if (month != 0) {
      String yearPart = year == 0 ? "XXXX" : String.format("%04d", year);
      return precision == DatePrecision.DAY && day != 0
          ? String.format("%s-%02d-%02d", yearPart, month, day) + time
          : String.format("%s-%02d", yearPart, month);
    }
    if (relation != null) {
      return relation.code() + time;
    }
    return "XXXX";
  }

  /** The canonical value, with what a reader needs to read it: {@code 199 (the 1990s)}. */
  @Override
  public String toString() {
    String note = relation != null ? relation.describe()
        : !resolved() ? null
        : precision == DatePrecision.DECADE ? "the " + year + "s"
        : precision == DatePrecision.CENTURY ? "the years " + year + "-" + (year + 99)
        : null;
    return canonical() + (note == null ? "" : " (" + note + ")");
  }
}
