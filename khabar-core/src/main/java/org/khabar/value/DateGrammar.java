package org.khabar.value;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.HijrahDate;
import java.util.Set;
import org.khabar.entity.EntityType;
import org.khabar.value.DateRelation.Direction;
import org.khabar.value.DateRelation.Unit;

/**
 * Dates: absolute, partial and relative. The rules, each with an example; the span is the whole
 * date with its era word and year marker, without the postposition after it:
 *
 * <ul>
 *   <li>Day, month and year: {@code 30 ستمبر2015ء} = 2015-09-30، {@code یکم دسمبر} (the first of
 *       December, year from the report), {@code چودہ دسمبر انیس سو ننانوے}، {@code مئی سنہ
 *       دوہزارباءیس}، {@code جنوری ، 2021}، {@code مارچ 27 , 2022}، {@code ستمبر11}; month and year: {@code ستمبر
 *       2015ء} = 2015-09; a month alone: {@code جنوری} (مارچ alone is also a protest march: it
 *       needs ماہ before it, a day or a year). A weekday before the day or «بروز» and a weekday
 *       after the date belong to it: {@code بدھ 22اکتوبر}، {@code 14 اگست 2017 بروز پیر}; without
 *       a year, the weekday picks it (of the report's year and the years on either side, the one
 *       in which that day falls on that weekday). A part of the day after «کی» belongs to the
 *       date: {@code 14 اگست کی شب} = 2023-08-14TNI (the night of 14 August).
 *   <li>Digits: {@code 12/05/2015} = 2015-05-12 (day first), {@code 2015-05-12}.
 *   <li>Years: {@code سنہ 2012ء} = 2012، {@code سن انیس سو ترانوے}، {@code 2015ء}، {@code 1999 ء}،
 *       {@code سال 2019}، {@code 2015 عیسوی}، {@code 2004 سنہ}; a bare year only before میں، تک، سے or کے بعد
 *       ({@code 1998 میں}, {@code انیس سو ننانوے میں}), since 2000 alone is as often a count.
 *   <li>Decades and centuries: {@code 1990 کی دہائی} = 199، {@code اکیسویں صدی} = 20.
 *   <li>Hijri: {@code 12 ربیع الاول 1438ھ} (converted with {@link HijrahDate}), a year alone
 *       when marked ({@code 1443ھ}، {@code سن 1443 ہجری} = AH1443), {@code 10 محرم}
 *       (year from the report), {@code ماہ رمضان}, {@code رمضان المبارک} (a month alone needs ماہ
 *       or its honorific: رمضان and رجب are also names, صفر is zero).
 *   <li>Weekdays: {@code اتوار کو} (the Sunday on or before the report in the past tense, on or
 *       after it in the future), {@code بروز پیر}، {@code گزشتہ جمعہ}، {@code جمعرات کی شب}،
 *       {@code ہفتے اور اتوار کی درمیانی شب} (the night from Saturday to Sunday). A weekday must
 *       be followed by کو، سے، تک، کے روز، کی شب... ; ہفتہ is Saturday only before کو، کے روز،
 *       کی رات or next to another weekday, else it is 'week'.
 *   <li>Relative: {@code آج}، {@code آج رات}، {@code کل} (yesterday or tomorrow by the tense;
 *       not before a number or a noun such as تعداد, where it means 'total'; not in آج کل),
 *       {@code پرسوں}، {@code گزشتہ روز} (yesterday)، {@code گزشتہ شب}، {@code اگلے روز} (the next
 *       day: after the report in the future tense, else after some event)، {@code اسی ہفتے}،
 *       {@code گزشتہ سال}، {@code رواں ماہ}، {@code گزشتہ برس اکتوبر}، {@code دو روز قبل}، a day
 *       of a month so told: {@code گزشتہ ماہ کی 15 تاریخ} (the 15th of last month).
 * </ul>
 */
final class DateGrammar {

  private static final Set<String> AFTER_BARE_YEAR = Set.of("میں", "تک", "سے");
  private static final Set<String> AFTER_YEAR_KE =
      Set.of("بعد", "دوران", "اوائل", "آخر", "آغاز", "وسط", "اواخر");
  private static final Set<String> AFTER_WEEKDAY = Set.of("کو", "سے", "تک");
  private static final Set<String> KAL_NEXT =
      Set.of("سے", "تک", "کو", "بھی", "ہی", "یہاں", "وہاں", ")", "یعنی");

  private DateGrammar() {}

  /** The longest date starting at word {@code i}, resolved against the report, or null. */
  static Match match(Words w, int i, Context c) {
    Match best = slashDate(w, i, c);
    best = Match.better(best, gregorian(w, i, c));
    best = Match.better(best, dayBeforeDate(w, i, c));
    best = Match.better(best, year(w, i, c));
    best = Match.better(best, fiscalYear(w, i, c));
    best = Match.better(best, century(w, i, c));
    best = Match.better(best, hijri(w, i, c));
    best = Match.better(best, hijriYear(w, i, c));
    best = Match.better(best, weekday(w, i, c));
    best = Match.better(best, night(w, i, c));
    best = Match.better(best, relativeWord(w, i, c));
    best = Match.better(best, modifiedUnit(w, i, c));
    best = Match.better(best, ago(w, i, c));
    return best;
  }

  private static Match date(int from, int to, DateValue value, Context c) {
    return new Match(from, to, EntityType.DATE, DateResolver.resolve(value, c.reportDate()));
  }

  // ---- digits -------------------------------------------------------------------------------

  private static Match slashDate(Words w, int i, Context c) {
    if (!w.isDigits(i)) {
      return null;
    }
    LocalDate date = DigitShapes.date(w.norm(i));
    return date == null ? null : date(i, i + 1, DateValue.day(date), c);
  }

  // ---- day, month, year ---------------------------------------------------------------------

  /** The day of the month at word {@code i}: 30، تیس، یکم; 0 if none. */
  private static int dayAt(Words w, int i) {
    if (w.isDigits(i)) {
      String norm = w.norm(i);
      long day = DigitShapes.plainDigits(norm, 2) ? Long.parseLong(norm) : 0;
      return day >= 1 && day <= 31 ? (int) day : 0;
    }
    WordInfo info = w.info(i);
    if (info.has(Role.DAY_ONE)) {
      return 1;
    }
    return info.cardinal >= 1 && info.cardinal <= 31 ? info.cardinal : 0;
  }

  /** A year read at a word: where it ends and its value. */
  private record Year(int to, int year, boolean marked) {}

  /**
   * The year at word {@code i}: 2015، 2015ء، 1999 ء، 2015 عیسوی، دوہزارچھ، انیس سو ننانوے; with
   * {@code digitsOnly}, four digits only. Null if none.
   */
  private static Year yearAt(Words w, int i, boolean digitsOnly) {
    int to;
    long year;
    boolean marked;
    if (w.isDigits(i)) {
      String norm = w.norm(i);
      marked = DigitShapes.hasYearMarker(norm);
      String digits = DigitShapes.withoutYearMarker(norm);
      if (!DigitShapes.plainDigits(digits, 4) || (!marked && digits.length() < 4)) {
        return null;
      }
      year = Long.parseLong(digits);
      to = i + 1;
    } else {
      if (digitsOnly) {
        return null;
      }
      NumberGrammar.Parsed words = NumberGrammar.parse(w, i, false);
      if (words == null || words.ordinal() || words.oneWord() || w.isDigits(i)) {
        return null;
      }
      year = words.value().wholeOr(-1);
      to = words.to();
      marked = false;
      if (year < 1000) {
        return null;
      }
    }
    if (year < 1 || year > 2999) {
      return null;
    }
    while (w.has(to, Role.YEAR_MARKER) && w.startsToken(to)) {
      to++;
      marked = true;
    }
    if (!marked && w.is(to, "سنہ") && w.isDigits(i)) {
      to++; // 2004 سنہ: the era word after the year, as some texts have it
      marked = true;
    }
    return new Year(to, (int) year, marked);
  }

  private static Match gregorian(Words w, int i, Context c) {
    int from = i;
    DayOfWeek weekday = null;
    if (w.has(i, Role.WEEKDAY) && dayAt(w, i + 1) > 0 && w.has(i + 2, Role.MONTH)) {
      weekday = w.info(i).weekday; // بدھ 22اکتوبر
      i++;
    }
    int day = dayAt(w, i);
    int monthAt;
    boolean hasMaah = false;
    if (day > 0 && w.has(i + 1, Role.MONTH)) {
      monthAt = i + 1;
    } else if (w.has(i, Role.MONTH)) {
      monthAt = i;
      day = 0;
    } else if (w.is(i, "ماہ") && w.has(i + 1, Role.MONTH)) {
      monthAt = i + 1;
      day = 0;
      hasMaah = true;
    } else {
      return null;
    }
    int month = w.info(monthAt).month;
    int to = monthAt + 1;
    Year year = yearAfterMonth(w, to);
    if (year == null && day == 0) {
      int usDay = dayAt(w, to); // مارچ 27 , 2022
      if (usDay > 0 && w.isDigits(to) && w.isPunctuation(to + 1)) {
        Year usYear = yearAt(w, to + 2, true);
        if (usYear != null) {
          day = usDay;
          year = usYear;
        }
      }
    }
    if (year == null && day == 0 && w.isDigits(to) && w.start(to) == w.end(monthAt)) {
      day = dayAt(w, to); // ستمبر11: the day glued after the month
      if (day > 0) {
        to++;
      }
    }
    if (year != null) {
      to = year.to;
    } else if (c.strict() && day == 0 && !hasMaah && month == 3) {
      return null;
    }
    if (day > daysIn(year == null ? 0 : year.year, month)) {
      return null;
    }
    if (day > 0 && w.is(to, "بروز") && w.has(to + 1, Role.WEEKDAY)) {
      weekday = w.info(to + 1).weekday; // 14 اگست 2017 بروز پیر
      to += 2;
    }
    DayPart dayPart = null;
    if (day > 0 && w.is(to, "کی") && w.has(to + 1, Role.DAY_PART)
        && !w.has(to + 1, Role.NIGHT_BETWEEN) && !timeFollows(w, to + 1)) {
      dayPart = w.info(to + 1).dayPart; // 14 اگست کی شب: the night of 14 August
      to += 2;
    }
    if (year != null) {
      DateValue value =
          day > 0 ? DateValue.day(LocalDate.of(year.year, month, day)) : DateValue.month(year.year, month);
      return date(from, to, value.withDayPart(dayPart), c);
    }
    LocalDate named = weekday == null || day == 0 ? null
        : yearOfWeekday(month, day, weekday, c.reportDate());
    if (named != null) {
      return date(from, to, DateValue.day(named).withDayPart(dayPart), c);
    }
    DatePrecision precision = day > 0 ? DatePrecision.DAY : DatePrecision.MONTH;
    DateValue value =
        new DateValue(precision, 0, month, day, dayPart, byTense(Unit.YEAR, w, from, to), null);
    return date(from, to, value, c);
  }

  /** What joins the days of a range or a list that share one month: سے، تا، اور، commas, dashes. */
  private static final Set<String> DAY_LINKS = Set.of("سے", "تا", "اور", "،", ",", "-", "–");

  /**
   * A day of the month before another day that names the month: the first day of a range or a
   * list, which takes the month and year of the date after it. «15سے20 جنوری» is 15 January to 20
   * January, «10 تا 12 مارچ», «3، 4 اور 5 فروری»: each day is a DATE of its own. A range runs
   * forward (the first day is the smaller); a list's days differ.
   */
  private static Match dayBeforeDate(Words w, int i, Context c) {
    int day = dayAt(w, i);
    if (day == 0 || !DAY_LINKS.contains(w.norm(i + 1))) {
      return null;
    }
    Match next = gregorian(w, i + 2, c);
    if (next == null) {
      next = dayBeforeDate(w, i + 2, c);
    }
    if (next == null || !(next.value() instanceof DateValue later)
        || later.precision() != DatePrecision.DAY || dayAt(w, i + 2) == 0) {
      return null;
    }
    boolean list = w.is(i + 1, "اور") || w.isPunctuation(i + 1) && !w.is(i + 1, "-")
        && !w.is(i + 1, "–");
    if (list ? day == later.day() : day >= later.day()) {
      return null;
    }
    if (day > daysIn(later.year(), later.month())) {
      return null;
    }
    DateValue value = new DateValue(DatePrecision.DAY, later.year(), later.month(), day,
        later.dayPart(), later.relation(), later.hijri());
    return new Match(i, i + 1, EntityType.DATE, value);
  }

  /** The days of {@code month} in {@code year}; of a leap year (29 in February) if the year is 0. */
  private static int daysIn(int year, int month) {
    return YearMonth.of(year == 0 ? 2000 : year, month).lengthOfMonth();
  }

  /**
   * The day {@code month}/{@code day} that falls on {@code weekday} in the report's year or the
   * year before or after (at most one of the three does), or null: reported on 2014-10-06,
   * «اتوار12اکتوبر» is 2014-10-12, a Sunday, whatever the verb's tense.
   */
  private static LocalDate yearOfWeekday(int month, int day, DayOfWeek weekday,
      LocalDate report) {
    if (report == null) {
      return null;
    }
    for (int year = report.getYear() - 1; year <= report.getYear() + 1; year++) {
      if (day <= daysIn(year, month)) {
        LocalDate date = LocalDate.of(year, month, day);
        if (date.getDayOfWeek() == weekday) {
          return date;
        }
      }
    }
    return null;
  }

  /** The year after a month: {@code 2015ء}، {@code ، 2021}، {@code سنہ دوہزارباءیس}. */
  private static Year yearAfterMonth(Words w, int k) {
    if (w.isPunctuation(k) && w.isDigits(k + 1)) {
      k++;
    }
    if (w.is(k, "سنہ") || w.is(k, "سن")) {
      k++;
    }
    return yearAt(w, k, false);
  }

  private static Match year(Words w, int i, Context c) {
    if (w.has(i, Role.ERA)) {
      boolean weakEra = w.is(i, "سال") || w.is(i, "برس");
      Year year = yearAt(w, i + 1, weakEra);
      return year == null ? null : decadeOrYear(w, i, year, c);
    }
    Year year = yearAt(w, i, false);
    if (year == null) {
      return null;
    }
    if (year.marked || !c.strict()) {
      return decadeOrYear(w, i, year, c);
    }
    boolean decade = w.is(year.to, "کی") && w.has(year.to + 1, Role.DECADE);
    String next = w.norm(year.to);
    boolean yearContext =
        decade
            || (AFTER_BARE_YEAR.contains(next) && !(next.equals("میں") && w.is(year.to + 1, "سے")))
            || (next.equals("کے") && AFTER_YEAR_KE.contains(w.norm(year.to + 1)));
    if (!yearContext) {
      return null;
    }
    if (w.isDigits(i)) {
      return year.year >= 1900 && year.year <= 2099 ? decadeOrYear(w, i, year, c) : null;
    }
    WordInfo first = w.info(i);
    boolean hundredsForm =
        first.cardinal >= 11 && first.cardinal <= 20 && w.is(i + 1, "سو"); // انیس سو ننانوے
    return hundredsForm ? decadeOrYear(w, i, year, c) : null;
  }

  /**
   * A fiscal year: مالی سال 2016-17، مالی سال 2017-2018ء (Pakistan's, July to June). The words
   * مالی سال are needed: a bare 2016-17 may be a cricket season.
   */
  private static Match fiscalYear(Words w, int i, Context c) {
    if (!w.has(i, Role.FISCAL) || !w.is(i + 1, "سال") || !w.isDigits(i + 2)) {
      return null;
    }
    int first = DigitShapes.yearSpan(w.norm(i + 2));
    return first == 0 ? null : date(i, i + 3, DateValue.fiscalYear(first), c);
  }

  private static Match decadeOrYear(Words w, int from, Year year, Context c) {
    if (w.is(year.to, "کی") && w.has(year.to + 1, Role.DECADE) && year.year % 10 == 0) {
      return date(from, year.to + 2, DateValue.decade(year.year), c);
    }
    return date(from, year.to, DateValue.year(year.year), c);
  }

  private static Match century(Words w, int i, Context c) {
    NumberGrammar.Parsed ordinal = NumberGrammar.parse(w, i, false);
    if (ordinal == null || !ordinal.ordinal() || !w.has(ordinal.to(), Role.CENTURY)) {
      return null;
    }
    long n = ordinal.value().wholeOr(-1);
    if (n < 1 || n > 30) {
      return null;
    }
    int to = ordinal.to() + 1;
    if (w.is(to, "عیسوی")) {
      to++;
    }
    return date(i, to, DateValue.century((int) (n - 1) * 100), c);
  }

  // ---- Hijri ---------------------------------------------------------------------------------

  private static Match hijri(Words w, int i, Context c) {
    int day = dayAt(w, i);
    int monthAt;
    boolean maah = false;
    if (day > 0 && w.has(i + 1, Role.HIJRI_MONTH)) {
      monthAt = i + 1;
    } else if (w.has(i, Role.HIJRI_MONTH)) {
      monthAt = i;
      day = 0;
    } else if (w.is(i, "ماہ") && w.has(i + 1, Role.HIJRI_MONTH)) {
      monthAt = i + 1;
      day = 0;
      maah = true;
    } else {
      return null;
    }
    int month = w.info(monthAt).hijriMonth;
    int to = monthAt + 1;
    int year = 0;
    Year hijriYear = hijriYearAt(w, to);
    if (hijriYear != null && (hijriYear.marked() || hijriYear.year() >= 1300
        && hijriYear.year() <= 1600)) {
      year = hijriYear.year();
      to = hijriYear.to();
    }
    boolean honorific = w.norm(monthAt).indexOf(' ') > 0;
    if (c.strict() && day == 0 && year == 0 && !maah && !honorific) {
      return null;
    }
    if (c.strict() && month == 2 && day > 0 && year == 0 && !honorific) {
      return null; // 10 صفر could be a score: ten-nil
    }
    if (day > 30) {
      return null;
    }
    String y = year == 0 ? "XXXX" : String.format("%04d", year);
    if (day == 0) {
      String hijri = String.format("%s-%02d", y, month);
      return date(i, to, new DateValue(DatePrecision.MONTH, 0, 0, 0, null, null, hijri), c);
    }
    String hijri = String.format("%s-%02d-%02d", y, month, day);
    if (year != 0) {
      try {
        LocalDate gregorian = LocalDate.from(HijrahDate.of(year, month, day));
        return date(i, to, DateValue.day(gregorian).withHijri(hijri), c);
      } catch (DateTimeException e) {
        return null;
      }
    }
    DateValue value =
        new DateValue(DatePrecision.DAY, 0, 0, 0, null, byTense(Unit.YEAR, w, i, to), hijri);
    return date(i, to, value, c);
  }

  /**
   * A Hijri year alone, marked as one: {@code 1443ھ}، {@code سن 1443 ہجری}، {@code 1440 ھ}; its
   * value is the Hijri year ({@code AH1443}), which spans two Gregorian years.
   */
  private static Match hijriYear(Words w, int i, Context c) {
    Year year = hijriYearAt(w, w.isOneOf(i, "سن", "سنہ") ? i + 1 : i);
    if (year == null || !year.marked() || year.year() > 1600) {
      return null;
    }
    DateValue value = new DateValue(DatePrecision.YEAR, 0, 0, 0, null, null,
        String.format("%04d", year.year()));
    return date(i, year.to(), value, c);
  }

  /**
   * The Hijri year in digits at word {@code k}, of four digits at most and above 0, with ھ or
   * ہجری after it ({@code marked}, and part of the span) or without; null if none.
   */
  private static Year hijriYearAt(Words w, int k) {
    if (!w.isDigits(k) || !DigitShapes.plainDigits(w.norm(k), 4)) {
      return null;
    }
    int year = Integer.parseInt(w.norm(k));
    boolean marked = w.has(k + 1, Role.HIJRI_MARKER);
    return year > 0 ? new Year(marked ? k + 2 : k + 1, year, marked) : null;
  }

  // ---- weekdays ------------------------------------------------------------------------------

  private static boolean isSaturdayWord(Words w, int i) {
    return w.has(i, Role.WEEKDAY) && w.has(i, Role.UNIT);
  }

  private static Match weekday(Words w, int i, Context c) {
    int k = i;
    boolean prefixed = w.has(k, Role.DATE_PREFIX);
    if (prefixed) {
      k++;
    }
    WordInfo.Modifier modifier = null;
    if (!prefixed && w.has(k, Role.MODIFIER) && w.info(k).modifier != WordInfo.Modifier.THIS) {
      modifier = w.info(k).modifier;
      k++;
    }
    if (!w.has(k, Role.WEEKDAY)) {
      return null;
    }
    DayOfWeek weekday = w.info(k).weekday;
    int to = k + 1;
    DayPart dayPart = null;
    if (w.is(to, "کی") && w.has(to + 1, Role.DAY_PART) && !w.has(to + 1, Role.NIGHT_BETWEEN)
        && !timeFollows(w, to + 1)) {
      dayPart = w.info(to + 1).dayPart;
    }
    boolean saturday = isSaturdayWord(w, k);
    if (c.strict() && !weekdayContext(w, i, k, saturday, prefixed || (modifier != null && !saturday), dayPart)) {
      return null;
    }
    if (modifier != null && saturday && !w.is(to, "کو") && !(w.is(to, "کے") && w.has(to + 1, Role.UNIT))) {
      return null; // گزشتہ ہفتے: last week, not last Saturday
    }
    if (dayPart != null) {
      to += 2;
    }
    DateRelation relation;
    if (modifier != null) {
      relation =
          DateRelation.weekdayStrictly(
              weekday, modifier == WordInfo.Modifier.PAST ? Direction.BEFORE : Direction.AFTER);
    } else {
      relation = DateRelation.weekday(weekday, weekdayDirection(w, i, to));
    }
    return date(i, to, DateValue.unresolved(DatePrecision.DAY, relation).withDayPart(dayPart), c);
  }

  /** True if the words around weekday {@code k} make it a day (see the class comment). */
  private static boolean weekdayContext(
      Words w, int i, int k, boolean saturday, boolean marked, DayPart dayPart) {
    if (marked || dayPart != null) {
      return true;
    }
    String next = w.norm(k + 1);
    if (next.equals("کو") || (next.equals("کے") && (w.is(k + 2, "روز") || w.is(k + 2, "دن")))) {
      return true;
    }
    if (next.equals("کی") && w.has(k + 2, Role.DAY_PART)) {
      return true; // اتوار کی شام 5 بجے: the time after it takes the part of the day
    }
    if ((next.equals("اور") || next.equals("،") || next.equals(",")) && w.has(k + 2, Role.WEEKDAY)) {
      return true;
    }
    if ((w.is(k - 1, "اور") || w.is(k - 1, "،")) && w.has(k - 2, Role.WEEKDAY)) {
      return true; // the second of ہفتے اور اتوار کو
    }
    if (relativeBefore(w, i)) {
      return true; // (کل) اتوار سے
    }
    return !saturday && AFTER_WEEKDAY.contains(next);
  }

  /** True if آج or کل comes just before word {@code i}, maybe in brackets: (کل) اتوار. */
  private static boolean relativeBefore(Words w, int i) {
    int j = w.isPunctuation(i - 1) ? i - 2 : i - 1;
    WordInfo info = w.info(j);
    return info.relative == WordInfo.Relative.TODAY || info.relative == WordInfo.Relative.KAL;
  }

  private static Direction weekdayDirection(Words w, int from, int to) {
    return Tense.around(w, from, to) == Tense.FUTURE ? Direction.AFTER : Direction.BEFORE;
  }

  /** True if a clock time starts at word {@code i}: the part of the day belongs to the time. */
  private static boolean timeFollows(Words w, int i) {
    return TimeGrammar.match(w, i, new Context(null, false)) != null;
  }

  /** ہفتے اور اتوار کی درمیانی شب: the night from Saturday to Sunday. */
  private static Match night(Words w, int i, Context c) {
    if (!w.has(i, Role.WEEKDAY) || !w.is(i + 1, "اور") || !w.has(i + 2, Role.WEEKDAY)) {
      return null;
    }
    int at = w.is(i + 3, "کی") ? i + 4 : i + 3;
    if (!w.has(at, Role.NIGHT_BETWEEN)) {
      return null;
    }
    DayOfWeek first = w.info(i).weekday;
    if (w.info(i + 2).weekday != first.plus(1)) {
      return null;
    }
    DateRelation relation = DateRelation.weekday(first, weekdayDirection(w, i, at + 1));
    DateValue value = DateValue.unresolved(DatePrecision.DAY, relation).withDayPart(DayPart.NIGHT);
    return date(i, at + 1, value, c);
  }

  // ---- relative words ------------------------------------------------------------------------

  private static Match relativeWord(Words w, int i, Context c) {
    WordInfo.Relative relative = w.info(i).relative;
    if (relative == null || relative == WordInfo.Relative.NOWADAYS) {
      return null;
    }
    if (relative == WordInfo.Relative.KAL && c.strict() && !kalIsADay(w, i)) {
      return null;
    }
    int to = i + 1;
    DayPart dayPart = null;
    if (w.has(to, Role.DAY_PART) && !w.has(to, Role.NIGHT_BETWEEN) && !timeFollows(w, to)) {
      dayPart = w.info(to).dayPart;
      to++;
    }
    DateRelation relation =
        switch (relative) {
          case TODAY -> DateRelation.fromReport(Unit.DAY, 0);
          case KAL -> byTense(Unit.DAY, 1, w, i, to);
          default -> byTense(Unit.DAY, 2, w, i, to);
        };
    return date(i, to, DateValue.unresolved(DatePrecision.DAY, relation).withDayPart(dayPart), c);
  }

  /**
   * True if کل at word {@code i} is yesterday or tomorrow, not 'total' or 'all': not before a
   * number or a noun such as تعداد (کل تعداد، کل آٹھ ٹیمیں); and before a weekday, a part of the
   * day, سے، تک، کو، بھی، ہی, or after نے or at the start of a clause.
   */
  private static boolean kalIsADay(Words w, int i) {
    int next = i + 1;
    if (w.isDigits(next) || w.info(next).isNumberWord() || w.has(next, Role.TOTAL_NOUN)) {
      return false;
    }
    if (w.has(next, Role.WEEKDAY) || w.has(next, Role.DAY_PART) || KAL_NEXT.contains(w.norm(next))) {
      return true;
    }
    return i == 0 || w.is(i - 1, "نے") || w.isPunctuation(i - 1);
  }

  /** گزشتہ روز، اگلے روز، اسی ہفتے، گزشتہ سال، رواں ماہ، گزشتہ شب، گزشتہ برس اکتوبر. */
  private static Match modifiedUnit(Words w, int i, Context c) {
    if (!w.has(i, Role.MODIFIER)) {
      return null;
    }
    WordInfo.Modifier modifier = w.info(i).modifier;
    int at = i + 1;
    WordInfo info = w.info(at);
    int sign = modifier == WordInfo.Modifier.PAST ? -1 : modifier == WordInfo.Modifier.NEXT ? 1 : 0;
    if (info.has(Role.DAY_PART) && modifier == WordInfo.Modifier.PAST) {
      DateValue value =
          DateValue.unresolved(DatePrecision.DAY, DateRelation.fromReport(Unit.DAY, -1));
      // گزشتہ رات 11 بجے: the night goes with the clock time, «گزشتہ» alone is the day
      return timeFollows(w, at)
          ? date(i, at, value, c)
          : date(i, at + 1, value.withDayPart(info.dayPart), c);
    }
    if (!info.has(Role.UNIT)) {
      return null;
    }
    Unit unit = info.unit;
    int to = at + 1;
    if (unit == Unit.DAY) {
      if (sign == 0) {
        return null; // اس روز: that day, told before
      }
      DateRelation relation = DateRelation.fromReport(Unit.DAY, sign);
      if (sign > 0 && Tense.around(w, i, to) != Tense.FUTURE) {
        relation = new DateRelation(DateRelation.Anchor.EVENT, Unit.DAY, 1, Direction.AFTER, null);
      }
      return date(i, to, DateValue.unresolved(DatePrecision.DAY, relation), c);
    }
    if (unit == Unit.WEEK && (w.is(to, "کو") || (w.is(to, "کے") && w.has(to + 1, Role.UNIT)))) {
      return null; // گزشتہ ہفتے کو: last Saturday
    }
    DateRelation relation = DateRelation.fromReport(unit, sign);
    int dayOfMonth = unit == Unit.MONTH && w.is(to, "کی") && w.is(to + 2, "تاریخ")
        ? dayAt(w, to + 1) : 0;
    if (dayOfMonth > 0) {
      // گزشتہ ماہ کی 15 تاریخ: the 15th of last month
      DateValue value =
          new DateValue(DatePrecision.DAY, 0, 0, dayOfMonth, null, relation, null);
      return date(i, to + 3, value, c);
    }
    if (unit == Unit.YEAR) {
      int day = dayAt(w, to);
      int monthAt = day > 0 ? to + 1 : to;
      if (w.has(monthAt, Role.MONTH)) {
        int month = w.info(monthAt).month;
        DatePrecision precision = day > 0 ? DatePrecision.DAY : DatePrecision.MONTH;
        DateValue value = new DateValue(precision, 0, month, day, null, relation, null);
        if (day > daysIn(0, month)) {
          return null;
        }
        return date(i, monthAt + 1, value, c);
      }
    }
    DatePrecision precision =
        switch (unit) {
          case WEEK -> DatePrecision.WEEK;
          case MONTH -> DatePrecision.MONTH;
          default -> DatePrecision.YEAR;
        };
    return date(i, to, DateValue.unresolved(precision, relation), c);
  }

  /**
   * دو روز قبل، تین سال پہلے: a count of units before the report; تین ہفتے بعد: after it in the
   * future tense ({@code تین ہفتے بعد واپسی ہوگی}), else after some event the text told ({@code
   * دو روز بعد وہ رہا ہو گئے}, {@code اس کے دو روز بعد}).
   */
  private static Match ago(Words w, int i, Context c) {
    if (c.strict() && (w.is(i - 1, "سے") || w.is(i - 1, "اس"))) {
      return null; // اس سے دو روز قبل: before something else
    }
    NumberGrammar.Parsed count = NumberGrammar.parse(w, i, false);
    if (count == null || count.ordinal()) {
      return null;
    }
    int unitAt = count.to();
    long n = count.value().wholeOr(-1);
    boolean later = w.is(unitAt + 1, "بعد");
    if (n < 1 || n > 1000 || !w.has(unitAt, Role.UNIT)
        || !(w.has(unitAt + 1, Role.AGO) || later)) {
      return null;
    }
    Unit unit = w.info(unitAt).unit;
    DatePrecision precision =
        switch (unit) {
          case DAY -> DatePrecision.DAY;
          case WEEK -> DatePrecision.WEEK;
          case MONTH -> DatePrecision.MONTH;
          default -> DatePrecision.YEAR;
        };
    DateRelation relation = !later ? DateRelation.fromReport(unit, (int) -n)
        : Tense.around(w, i, unitAt + 2) == Tense.FUTURE && !w.is(i - 1, "کے")
            ? DateRelation.fromReport(unit, (int) n)
            : new DateRelation(DateRelation.Anchor.EVENT, unit, (int) n, Direction.AFTER, null);
    return date(i, unitAt + 2, DateValue.unresolved(precision, relation), c);
  }

  // ---- tense ---------------------------------------------------------------------------------

  /** A date without a year: its year on or before the report (past), on or after (future). */
  private static DateRelation byTense(Unit unit, Words w, int from, int to) {
    return switch (Tense.around(w, from, to)) {
      case PAST -> new DateRelation(DateRelation.Anchor.REPORT, unit, 0, Direction.BEFORE, null);
      case FUTURE -> new DateRelation(DateRelation.Anchor.REPORT, unit, 0, Direction.AFTER, null);
      case UNKNOWN -> new DateRelation(DateRelation.Anchor.REPORT, unit, 0, Direction.SAME, null);
    };
  }

  /** کل، پرسوں: {@code amount} days before (past) or after (future) the report, or either. */
  private static DateRelation byTense(Unit unit, int amount, Words w, int from, int to) {
    Direction direction =
        switch (Tense.around(w, from, to)) {
          case PAST -> Direction.BEFORE;
          case FUTURE -> Direction.AFTER;
          case UNKNOWN -> Direction.EITHER;
        };
    return new DateRelation(DateRelation.Anchor.REPORT, unit, amount, direction, null);
  }
}
