package org.khabar.value;

import java.time.DayOfWeek;
import java.util.Objects;

/**
 * How a date expression places its date relative to something else: گزشتہ روز is the day before
 * the report, اتوار is a Sunday near the report, اگلے روز is the day after some event told in the
 * text. A date value keeps its relation whether or not it could be resolved.
 *
 * @param anchor what the date is relative to
 * @param unit the unit counted
 * @param amount how many units (0 for "this": اسی ہفتے، آج; for a weekday or a date without a
 *     year, 0 means "on or before/after", 1 "strictly before/after")
 * @param direction which way from the anchor
 * @param weekday the weekday for {@link Unit#WEEKDAY}, else null
 */
public record DateRelation(
    Anchor anchor, Unit unit, int amount, Direction direction, DayOfWeek weekday) {

  /** What a relative date is counted from. */
  public enum Anchor {
    /** The report's date: گزشتہ روز، آج، کل، اتوار. */
    REPORT,
    /** Some event the text tells of, which Khabar does not track: اگلے روز (the next day). */
    EVENT
  }

  /** The unit of a relative date. */
  public enum Unit {
    DAY("D"),
    WEEK("W"),
    MONTH("M"),
    YEAR("Y"),
    /** A named weekday near the anchor: اتوار کو. */
    WEEKDAY("");

    private final String code;

    Unit(String code) {
      this.code = code;
    }
  }

  /** Which way from the anchor. */
  public enum Direction {
    /** Before, or for weekdays and dates without a year: on or before (past tense). */
    BEFORE,
    /** After, or for weekdays and dates without a year: on or after (future tense). */
    AFTER,
    /** The anchor's own day, week, month or year: آج، اسی ہفتے، رواں سال. */
    SAME,
    /** Before or after, the text does not say: کل with no verb to tell yesterday from tomorrow. */
    EITHER
  }

  public DateRelation {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(direction, "direction");
    if ((unit == Unit.WEEKDAY) != (weekday != null)) {
      throw new IllegalArgumentException("a weekday goes with the WEEKDAY unit, and only then");
    }
    if (amount < 0) {
      throw new IllegalArgumentException("negative amount " + amount + "; use the direction");
    }
  }

  /** {@code amount} units before ({@code amount < 0}) or after the report: گزشتہ سال is -1 YEAR. */
  public static DateRelation fromReport(Unit unit, int offset) {
    Direction direction =
        offset < 0 ? Direction.BEFORE : offset > 0 ? Direction.AFTER : Direction.SAME;
    return new DateRelation(Anchor.REPORT, unit, Math.abs(offset), direction, null);
  }

  /**
   * The weekday {@code day} on or before (past tense: اتوار کو کہا), on or after (future), or
   * nearest the report.
   */
  public static DateRelation weekday(DayOfWeek day, Direction direction) {
    return new DateRelation(Anchor.REPORT, Unit.WEEKDAY, 0, direction, day);
  }

  /** The weekday {@code day} strictly before or after the report: گزشتہ جمعہ، اگلے پیر. */
  public static DateRelation weekdayStrictly(DayOfWeek day, Direction direction) {
    return new DateRelation(Anchor.REPORT, Unit.WEEKDAY, 1, direction, day);
  }

  /**
   * A compact code: {@code REF-P1D} (the day before the report), {@code REF±P1D} (کل: the day
   * before or after), {@code REF+P0W} (this week), {@code EVENT+P1D} (the day after an event),
   * {@code XXXX-WXX-7} (a Sunday).
   */
  public String code() {
    if (unit == Unit.WEEKDAY) {
      return "XXXX-WXX-" + weekday.getValue();
    }
    String sign =
        switch (direction) {
          case BEFORE -> "-";
          case AFTER, SAME -> "+";
          case EITHER -> "±";
        };
    return (anchor == Anchor.REPORT ? "REF" : "EVENT") + sign + "P" + amount + unit.code;
  }

  /** The relation in English words, for people: "the Sunday on or before the report date". */
  public String describe() {
    String from = anchor == Anchor.REPORT ? "the report date" : "an event in the text";
    if (unit == Unit.WEEKDAY) {
      String day = weekday.name().charAt(0) + weekday.name().substring(1).toLowerCase();
      String strictly = amount > 0 ? "" : " on or";
      return switch (direction) {
        case BEFORE -> "the " + day + strictly + " before " + from;
        case AFTER -> "the " + day + strictly + " after " + from;
        case SAME -> "the " + day + " of the week of " + from;
        case EITHER -> "the " + day + " nearest " + from;
      };
    }
    if (amount == 0 && direction == Direction.BEFORE) {
      return "the latest such date on or before " + from;
    }
    if (amount == 0 && direction == Direction.AFTER) {
      return "the first such date on or after " + from;
    }
    String units = unit.name().toLowerCase() + (amount == 1 ? "" : "s");
    return switch (direction) {
      case SAME -> "the same " + unit.name().toLowerCase() + " as " + from;
      case BEFORE -> amount + " " + units + " before " + from;
      case AFTER -> amount + " " + units + " after " + from;
      case EITHER -> amount + " " + units + " before or after " + from;
    };
  }

  @Override
  public String toString() {
    return code();
  }
}
