package org.khabar.dateline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khabar.normalize.NormalizedText;

/**
 * Reads the dateline at the very start of a report: a place, an optional separator and date,
 * and a source in brackets. All of these parse, with or without spaces:
 *
 * <pre>
 *   تہران (جیوڈیسک)            دبئی(اسپورٹس ڈیسک)          ڈھاکہ ۔ یکم دسمبر (اے پی پی)
 *   اسلام آباد (مانیٹرنگ ڈیسک)   میر پور(وقت نیوز)           ممبئی ۔07ستمبر(اے پی پی)
 *   کيپ ٹاؤن (ڈیلی افريقہ آن لائن)   واشنگٹن 23 نومبر (اے پی پی)   لاہور + اسلام آباد (وقائع نگار خصوصی +خصوصی رپورٹر)
 * </pre>
 *
 * <p>The place is at most five words and holds no case marker or verb (a sentence such as
 * {@code بنگلہ دیش نے (...)} is no dateline), and a run of stops may end it ({@code
 * کراچی۔۔۔(نمائندہ خصوصی)}, {@code لاہور...(اے پی پی)}); the brackets come within the first 100
 * characters, and the word after them is no case marker ({@code عمران خان (پی ٹی آئی) نے
 * کہا} is a sentence). A first line that is a headline (short, with no full stop and no
 * brackets) may stand above the dateline. A dateline may name several places, each kept by
 * itself too: {@code واشنگٹن/ بغداد}، {@code لاہور + اسلام آباد}، {@code بغداد لنڈن اور
 * واشنگٹن}. Some papers name no source and end the dateline with a colon: {@code اسلام آباد:
 * وفاقی حکومت نے ...}; such a dateline has no source, and {@link DatelineStage} keeps it only
 * if its place is a LOCATION entity, so a topic before a colon ({@code ایشیا کپ: پاکستان ...})
 * is none. Others put the source before the colon, after a run of stops or a dash: {@code کراچی
 * ۔۔۔ اسٹاف رپورٹر: ...}; its every part must read as an agency, a desk or a correspondent
 * (not «X نیوز», which may be a topic: {@code بریکنگ نیوز:}). Only the start of the text is
 * read: a dateline-like line further down is left alone; a colon dateline may carry a date after
 * a stop, a dash or a comma ({@code لاہور، 12 جون: ...}). VOA's style, a spaced dash after the
 * place ({@code واشنگٹن — امریکی صدر ...}), reads as a colon does, and so does a hyphen after
 * a space ({@code لاہور - وزیر اعلیٰ ...}, {@code لاہور -وزیر اعلیٰ ...}). The date is "day
 * month" with
 * یکم for the first, before the brackets (after a space, a stop, a dash or a comma: {@code
 * لاہور،12 جون (اے پی پی)}) or inside them, alone or after the source and a comma ({@code لاہور
 * (12 جون)}, {@code اسلام آباد (ویب ڈیسک، 12 جون 2017ء)}), where it is no source, or right
 * after them before a colon or a dash ({@code اسلام آباد (اے پی پی) ۱۲ جنوری ۲۰۲۴ء:}), or
 * before the report's first word if it has its year ({@code اسلام آباد(اے پی پی)30ستمبر2015ء
 * وزیراعظم ...}, but not {@code ... 2015ء کو}). UrduPoint ends its brackets with a stop and the
 * date: {@code اسلام آباد (اُردو پوائنٹ اخبارتازہ ترین۔ 30 ستمبر 2015ء)}. Its year
 * is the one written, else the report's own (the latest such date not more than a week after
 * it), if known.
 */
public final class DatelineParser {

  static final String[] MONTHS = {
    "جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر",
    "دسمبر"
  };

  /** A day of the month and the month's name: «12 جون», «یکم دسمبر», «07ستمبر». */
  private static final String DAY_MONTH =
      "(?<day>یکم|\\d{1,2})\\s*(?<month>" + String.join("|", MONTHS) + ")";

  private static final Pattern DATELINE = Pattern.compile(
      "^\\s*(?<place>[^\\s()\\d.۔\\-–—:][^()\\n\\d.۔\\-–—:]{0,50}?)\\s*(?:[.۔\\-–—:]+\\s*|[،,]\\s*(?=یکم|\\d))?"
          + "(?:" + DAY_MONTH + "\\s*(?:(?<year>\\d{4})\\s*ء?\\s*)?)?"
          + "\\(\\s*(?<source>[^()\\n]{1,80}?)\\s*\\)");

  /**
   * A date right after the brackets, ended by a colon or a dash: {@code (اے پی پی) 12 جنوری
   * 2024ء:}.
   */
  private static final Pattern DATE_AFTER = Pattern.compile(
      "\\G\\s*" + DAY_MONTH
          + "\\s*(?:(?<year>\\d{4})\\s*ء?)?\\s*(?:[:۔\\-–—]|(?<=[\\dء])(?=\\s))");

  private static final Pattern COLON_DATELINE = Pattern.compile(
      "^\\s*(?<place>[^\\s()\\d.۔\\-–—:\"“”][^()\\n\\d۔\\-–—:\"“”]{0,40}?)\\s*"
          + "(?:[۔\\-–،,]\\s*" + DAY_MONTH
          + "\\s*(?:(?<year>\\d{4})\\s*ء?\\s*)?)?(?::|(?<=\\s)(?:[—–](?=\\s)|-))");

  /**
   * A place, a run of stops or a dash, and a source that ends with a colon, no brackets: {@code
   * کراچی ۔۔۔ اسٹاف رپورٹر:}، {@code لاہور - نمائندہ خصوصی:}.
   */
  private static final Pattern PLACE_SOURCE_COLON = Pattern.compile(
      "^\\s*(?<place>[^\\s()\\d.۔\\-–—:\"“”][^()\\n\\d.۔\\-–—:\"“”]{0,40}?)\\s*[.۔\\-–—]+\\s*"
          + "(?:" + DAY_MONTH + "\\s*(?:(?<year>\\d{4})\\s*ء?\\s*)?[.۔\\-–—،,]+\\s*)?"
          + "(?<source>[^\\s()\\d.۔:\"“”][^()\\n\\d.۔:\"“”]{0,40}?)\\s*:");

  /** A date at the end of the source's brackets: {@code (ویب ڈیسک، 12 جون 2017ء)}. */
  private static final Pattern SOURCE_DATE = Pattern.compile(
      "(?:^|\\s*[،,۔\\-–])\\s*" + DAY_MONTH
          + "\\s*(?<year>\\d{4})?\\s*ء?$");

  /** The most words a place before a colon may have: اسلام آباد، ڈیرہ اسماعیل خان. */
  private static final int MAX_COLON_PLACE_WORDS = 3;

  private static final Set<String> NOT_IN_PLACE =
      Set.of("نے", "کے", "کا", "کی", "ہے", "ہیں", "تھا", "کو", "سے", "میں", "پر", "کہ", "اور کہا");

  private DatelineParser() {}

  /** The dateline at the start of the text, if there is one. */
  public static Optional<Dateline> parse(
      String original, NormalizedText normalized, LocalDate reportDate) {
    Optional<Dateline> first = parseAt(0, original, normalized, reportDate);
    int afterHeadline = afterHeadline(normalized.text());
    return first.isPresent() || afterHeadline < 0
        ? first : parseAt(afterHeadline, original, normalized, reportDate);
  }

  /** The longest first line that may be a headline above the dateline. */
  private static final int MAX_HEADLINE = 150;

  /**
   * Where the second line starts if the first is a headline (short, with no full stop and no
   * brackets: «وزیراعظم کا دورہ چین»), else -1: a file may give its headline a line of its own
   * above the dateline.
   */
  private static int afterHeadline(String text) {
    int newline = text.indexOf('\n');
    if (newline < 0 || newline > MAX_HEADLINE) {
      return -1;
    }
    String line = text.substring(0, newline);
    if (line.isBlank() || line.contains("۔") || line.contains("(") || line.contains(")")) {
      return -1;
    }
    return newline + 1;
  }

  private static Optional<Dateline> parseAt(
      int from, String original, NormalizedText normalized, LocalDate reportDate) {
    String text = normalized.text();
    Optional<Dateline> sourceOnly = sourceOnly(from, original, normalized, reportDate);
    if (sourceOnly.isPresent()) {
      return sourceOnly;
    }
    Matcher m = DATELINE.matcher(text).region(from, text.length());
    boolean bracketed = m.find() && m.end() - from <= 100 && !sentenceGoesOn(text, m.end());
    boolean sourcedColon = false;
    if (!bracketed) {
      m = PLACE_SOURCE_COLON.matcher(text).region(from, text.length());
      sourcedColon = m.find() && creditsAll(original, normalized, m);
      if (!sourcedColon) {
        m = COLON_DATELINE.matcher(text).region(from, text.length());
        if (!m.find()) {
          return Optional.empty();
        }
      }
    }
    boolean withSource = bracketed || sourcedColon;
    String place = m.group("place").strip().replaceAll("\\s+", " ");
    String[] words = place.split(" ");
    if (place.isEmpty() || words.length > (bracketed ? 5 : MAX_COLON_PLACE_WORDS)) {
      return Optional.empty();
    }
    for (String word : words) {
      if (NOT_IN_PLACE.contains(word)) {
        return Optional.empty();
      }
    }
    int sourceFrom = withSource ? m.start("source") : -1;
    int sourceTo = withSource ? m.end("source") : -1;
    Matcher sourceDate = bracketed && m.group("day") == null
        ? SOURCE_DATE.matcher(text).region(sourceFrom, sourceTo) : null;
    boolean inSource = sourceDate != null && sourceDate.find();
    Matcher after = bracketed && m.group("day") == null && !inSource
        ? dateAfter(text, m.end()) : null;
    Matcher dated = inSource ? sourceDate : after != null ? after : m.group("day") != null ? m : null;
    int end = after != null ? after.end() : m.end();
    DatelineDate date = dated == null ? DatelineDate.NONE
        : DatelineDate.read(dated, inSource, normalized, reportDate);
    if (inSource && date.written()) {
      sourceTo = sourceDate.start(); // the date is no part of the source
    }
    boolean sourced = withSource && !text.substring(sourceFrom, sourceTo).isBlank();
    int sourceStart = sourced ? normalized.originalStart(sourceFrom) : -1;
    int sourceEnd = sourced ? normalized.originalEnd(sourceTo) : -1;
    String source = sourced ? original.substring(sourceStart, sourceEnd) : null;
    int placeStart = normalized.originalStart(m.start("place"));
    int placeEnd = normalized.originalEnd(m.start("place") + m.group("place").stripTrailing().length());
    return Optional.of(new Dateline(
        normalized.originalStart(m.start("place")),
        normalized.originalEnd(end),
        placeStart,
        placeEnd,
        place,
        -1,
        date.start(),
        date.end(),
        date.monthDay(),
        date.date(),
        sourceStart,
        sourceEnd,
        source,
        sourced ? SourceNames.read(source) : List.of(),
        places(m.group("place"), m.start("place"), normalized)));
  }

  /**
   * True if every part of the source {@code m} found before a colon credits the report ({@link
   * SourceNames#credits}), so the words before the colon are no topic.
   */
  private static boolean creditsAll(String original, NormalizedText normalized, Matcher m) {
    String source = original.substring(normalized.originalStart(m.start("source")),
        normalized.originalEnd(m.end("source")));
    return allCredit(SourceNames.read(source), false);
  }

  /** True if there are sources and every one credits the report ({@link SourceNames#credits}). */
  private static boolean allCredit(List<Source> sources, boolean bracketed) {
    return !sources.isEmpty() && sources.stream().allMatch(s -> SourceNames.credits(s, bracketed));
  }

  /** A source in brackets at the very start, with no place: {@code (اے پی پی) وزیراعظم ...}. */
  private static final Pattern BRACKETED_SOURCE =
      Pattern.compile("\\G\\s*\\(\\s*(?<source>[^()\\n]{1,80}?)\\s*\\)");

  /** A source before a colon at the very start: {@code ویب ڈیسک: ...}, {@code اسٹاف رپورٹر: ...}. */
  private static final Pattern SOURCE_COLON =
      Pattern.compile("\\G\\s*(?<source>[^\\s()\\d:\"“”][^()\\n\\d:\"“”۔]{0,40}?)\\s*:");

  /**
   * A dateline that names only its source, as web desks and agencies write one: {@code (اے پی پی)
   * وزیراعظم ...}، {@code ویب ڈیسک: ...}، {@code (اے پی پی) 12 جنوری 2024ء: ...}. Every part of the
   * source must read as an agency, a desk or a correspondent ({@link SourceNames#credits}; in
   * brackets a newsroom too), so a topic before a colon ({@code بریکنگ نیوز:}، {@code چیف جسٹس:})
   * is none.
   */
  private static Optional<Dateline> sourceOnly(
      int from, String original, NormalizedText normalized, LocalDate reportDate) {
    String text = normalized.text();
    Matcher m = BRACKETED_SOURCE.matcher(text).region(from, text.length());
    boolean bracketed = m.find() && !sentenceGoesOn(text, m.end());
    if (!bracketed) {
      m = SOURCE_COLON.matcher(text).region(from, text.length());
      if (!m.find()) {
        return Optional.empty();
      }
    }
    int sourceFrom = m.start("source");
    int sourceTo = m.end("source");
    int sourceStart = normalized.originalStart(sourceFrom);
    int sourceEnd = normalized.originalEnd(sourceTo);
    String source = original.substring(sourceStart, sourceEnd);
    List<Source> sources = SourceNames.read(source);
    if (!allCredit(sources, bracketed)) {
      return Optional.empty();
    }
    Matcher after = bracketed ? dateAfter(text, m.end()) : null;
    DatelineDate date = after == null ? DatelineDate.NONE
        : DatelineDate.read(after, false, normalized, reportDate);
    int start = normalized.originalStart(bracketed ? m.start() + m.group().indexOf('(') : sourceFrom);
    int end = normalized.originalEnd(date.written() ? after.end() : m.end());
    return Optional.of(new Dateline(start, end, -1, -1, null, -1, date.start(), date.end(),
        date.monthDay(), date.date(), sourceStart, sourceEnd, source, sources, List.of()));
  }

  /**
   * The date right after the brackets that end at {@code end} ({@link #DATE_AFTER}), or null; a
   * date with its year that the first sentence goes on from ({@code ... 2015ء کو}) is none.
   */
  private static Matcher dateAfter(String text, int end) {
    Matcher after = DATE_AFTER.matcher(text).region(end, text.length());
    boolean found = after.find()
        && !(after.group("year") != null && sentenceGoesOn(text, after.end()));
    return found ? after : null;
  }

  /**
   * A dateline's date as read from a match with the groups day, month and year: offsets into the
   * original text, or -1 and nulls for none (no date, or a day the month has not: «31 فروری»).
   */
  private record DatelineDate(MonthDay monthDay, LocalDate date, int start, int end) {

    static final DatelineDate NONE = new DatelineDate(null, null, -1, -1);

    boolean written() {
      return start >= 0;
    }

    /** With {@code toMatchEnd}, the date ends where the match does (a trailing «ء» and all). */
    static DatelineDate read(Matcher dated, boolean toMatchEnd, NormalizedText normalized,
        LocalDate reportDate) {
      try {
        MonthDay monthDay = DatelineParser.monthDay(dated.group("day"), dated.group("month"));
        String year = dated.group("year");
        LocalDate date = year != null
            ? monthDay.atYear(Integer.parseInt(year))
            : inYearOf(monthDay, reportDate);
        int yearOrMonth = year != null ? dated.end("year") : dated.end("month");
        return new DatelineDate(monthDay, date, normalized.originalStart(dated.start("day")),
            normalized.originalEnd(toMatchEnd ? dated.end() : yearOrMonth));
      } catch (DateTimeException | NumberFormatException e) {
        return NONE;
      }
    }
  }

  /** Case markers and postpositions: after the brackets, the sentence they stand in goes on. */
  private static final Set<String> MARKERS =
      Set.of("نے", "کا", "کی", "کے", "کو", "سے", "میں", "پر", "تک", "نےکہا");

  /**
   * True if the word after the closing bracket at {@code end} is a case marker: in {@code عمران
   * خان (پی ٹی آئی) نے کہا} the brackets belong to a sentence about a person, not a dateline,
   * whose next word begins the report.
   */
  private static boolean sentenceGoesOn(String text, int end) {
    int start = end;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int stop = start;
    while (stop < text.length() && Character.isLetter(text.charAt(stop))) {
      stop++;
    }
    return MARKERS.contains(text.substring(start, stop));
  }

  private static MonthDay monthDay(String day, String month) {
    return MonthDay.of(List.of(MONTHS).indexOf(month) + 1,
        day.equals("یکم") ? 1 : Integer.parseInt(day));
  }

  /** The latest date on {@code monthDay} not more than a week after the report, if dated. */
  private static LocalDate inYearOf(MonthDay monthDay, LocalDate reportDate) {
    if (reportDate == null) {
      return null;
    }
    LocalDate date = monthDay.atYear(reportDate.getYear());
    return date.isAfter(reportDate.plusDays(7)) ? monthDay.atYear(reportDate.getYear() - 1) : date;
  }

  /** What separates the places of a dateline that names several: / + ، , اور. */
  private static final Pattern PLACE_SEPARATOR = Pattern.compile("\\s*(?:[/+،,]|\\sاور\\s)\\s*");

  /**
   * Each place by itself when the dateline names several ({@code واشنگٹن/ بغداد} → واشنگٹن،
   * بغداد), with original offsets; empty when it names one.
   */
  private static List<Dateline.Place> places(String place, int from, NormalizedText normalized) {
    List<Dateline.Place> places = new ArrayList<>();
    Matcher separator = PLACE_SEPARATOR.matcher(place);
    int start = 0;
    while (start <= place.length()) {
      boolean found = separator.find();
      int end = found ? separator.start() : place.length();
      String part = place.substring(start, end);
      String text = part.strip();
      if (!text.isEmpty()) {
        int partStart = from + start + (part.length() - part.stripLeading().length());
        int partEnd = partStart + text.length();
        places.add(new Dateline.Place(normalized.originalStart(partStart),
            normalized.originalEnd(partEnd), text.replaceAll("\\s+", " "), -1));
      }
      if (!found) {
        break;
      }
      start = separator.end();
    }
    return places.size() > 1 ? places : List.of();
  }
}
