package org.khabar.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.khabar.entity.EntityType;
import org.khabar.tokenize.Token;

/**
 * UNER's habits for times, applied to the spans of a model decoding in UNER's convention (the
 * default one, for analysts). UNER annotates a duration as one TIME over the number and its unit,
 * and a clock time as one TIME over hour, «بج کر» and minutes; the shared weights, where IL-NER's
 * thousands of «NUMBER before a unit» outweigh UNER's few dozen durations, keep the number alone.
 * In UNER's training part a cardinal before years, months, weeks, hours or minutes is mostly a
 * TIME with its unit (years 18 times against 10 NUMBER alone, months 8 to 0, weeks 1 to 1,
 * hours 7 to 0, minutes 2 to 0), before days mostly a NUMBER alone («دس روز»: 3 to 5), so:
 *
 * <ul>
 *   <li>a NUMBER span right before a unit of time becomes a TIME that takes the unit in: «دس
 *       منٹ» (ten minutes), «2 سال» (two years), «ساڑھے چار ارب سال» (four and a half billion
 *       years). Not an ordinal («تیسرے دن», the third day, is no duration), and not «سالہ»
 *       («28 سالہ», 28-year-old, which UNER leaves a NUMBER);
 *   <li>an hour, «بج کر», minutes and «منٹ» become one TIME: «آٹھ بج کر پینتیس منٹ» (8:35),
 *       whether the model tagged the hour and the minutes as numbers or times or not at all,
 *       as long as both are numbers.
 * </ul>
 */
final class UnerTimes {

  /** The convention these habits are UNER's. */
  static final String CONVENTION = "uner";

  /**
   * The units of time UNER's durations take in: «سال، برسوں، ماہ، ہفتوں، گھنٹے، منٹ»; not days
   * («روز، دن»), which it mostly leaves out.
   */
  static final Set<String> UNITS = Set.of(
      "سال", "سالوں", "برس", "برسوں", "ماہ", "مہینے", "مہینوں", "ہفتے", "ہفتوں", "گھنٹے",
      "گھنٹوں", "گھنٹہ", "منٹ", "منٹوں", "سیکنڈ", "سیکنڈوں");

  /** The ordinals that end in no «واں/ویں»: «پہلے دن» is the first day, no duration. */
  private static final Set<String> ORDINALS = Set.of(
      "پہلا", "پہلے", "پہلی", "دوسرا", "دوسرے", "دوسری", "تیسرا", "تیسرے", "تیسری", "چوتھا",
      "چوتھے", "چوتھی", "چھٹا", "چھٹے", "چھٹی");

  private static final String STRIKES = "بج";
  private static final String HAVING = "کر";
  private static final String MINUTES = "منٹ";

  private UnerTimes() {}

  /**
   * The spans with UNER's times: «دس منٹ» (NUMBER «دس») becomes one TIME, «دس روز» stays.
   * {@code number[i]} is true if word {@code i} is a number by itself (digits or a number
   * word). Spans must be in order and not overlap.
   */
  static List<TagSet.TokenSpan> apply(List<Token> words, List<TagSet.TokenSpan> spans,
      boolean[] number) {
    List<TagSet.TokenSpan> result = new ArrayList<>(spans.size());
    int k = 0;
    int taken = 0; // words before this one are in a span of the result
    while (k < spans.size()) {
      TagSet.TokenSpan span = spans.get(k);
      TagSet.TokenSpan clock = clock(words, spans, k, number, taken);
      if (clock != null) {
        result.add(clock);
        taken = clock.end();
        while (k < spans.size() && spans.get(k).first() < clock.end()) {
          k++;
        }
        continue;
      }
      if (span.first() < taken) {
        k++;
        continue;
      }
      int end = span.end();
      boolean free = k + 1 >= spans.size() || spans.get(k + 1).first() > end;
      if (span.type() == EntityType.NUMBER && free && end < words.size()
          && UNITS.contains(words.get(end).norm()) && !ordinal(words, span)) {
        span = new TagSet.TokenSpan(span.first(), end + 1, EntityType.TIME);
      }
      result.add(span);
      taken = span.end();
      k++;
    }
    return result;
  }

  /**
   * The clock time «H بج کر M منٹ» whose hour is the first word of span {@code k} or a word
   * between the spans before it and span {@code k}, or null. The spans it covers must all be
   * numbers or times.
   */
  private static TagSet.TokenSpan clock(List<Token> words, List<TagSet.TokenSpan> spans, int k,
      boolean[] number, int taken) {
    int from = Math.max(taken, k > 0 ? spans.get(k - 1).end() : 0);
    for (int h = from; h <= spans.get(k).first(); h++) {
      int end = clockAt(words, h, number);
      if (end < 0) {
        continue;
      }
      for (int j = k; j < spans.size() && spans.get(j).first() < end; j++) {
        TagSet.TokenSpan covered = spans.get(j);
        if (covered.end() > end || (covered.type() != EntityType.NUMBER
            && covered.type() != EntityType.TIME)) {
          return null;
        }
      }
      return new TagSet.TokenSpan(h, end, EntityType.TIME);
    }
    return null;
  }

  /** The end of «H بج کر M منٹ» with H at word {@code h}, or -1. */
  private static int clockAt(List<Token> words, int h, boolean[] number) {
    int n = words.size();
    if (h + 4 >= n || !number[h] || !is(words, h + 1, STRIKES) || !is(words, h + 2, HAVING)) {
      return -1;
    }
    int m = h + 3;
    while (m < n && number[m]) {
      m++;
    }
    return m > h + 3 && is(words, m, MINUTES) ? m + 1 : -1;
  }

  private static boolean is(List<Token> words, int i, String word) {
    return i < words.size() && words.get(i).norm().equals(word);
  }

  private static boolean ordinal(List<Token> words, TagSet.TokenSpan span) {
    String last = words.get(span.end() - 1).norm();
    return ORDINALS.contains(last) || last.endsWith("ویں") || last.endsWith("واں");
  }
}
