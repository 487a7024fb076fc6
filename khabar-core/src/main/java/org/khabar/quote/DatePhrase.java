package org.khabar.quote;

import java.util.List;
import java.util.Set;
import org.khabar.entity.Entity;
import org.khabar.entity.EntityType;
import org.khabar.tokenize.Token;

/**
 * Finds the date a reporting clause gives for a statement: a DATE entity when the entity layer
 * has one there (with the part of the day the values layer adds to it: «23 اگست کی شب»), else
 * one of these phrases:
 *
 * <ul>
 *   <li>a weekday with کو, کے روز or a time of day: اتوار کو، ہفتے کے روز، جمعہ کی شام;
 *   <li>a relative day: گزشتہ روز، اگلے روز، آج، گزشتہ ہفتے;
 *   <li>a day and a month: 30 ستمبر، یکم دسمبر.
 * </ul>
 *
 * <p>Else the first DATE expression of the values layer in the clause (گزشتہ جمعرات، 24 دسمبر
 * 2016ء), when the pipeline has one. Its value, resolved against the report's date, is written
 * with the statement's date ({@code اتوار کو} in a report of Monday 2016-12-26 is 2016-12-25).
 */
final class DatePhrase {

  static final Set<String> WEEKDAYS =
      Set.of("پیر", "سوموار", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "ہفتے", "اتوار", "سنیچر");
  static final Set<String> RELATIVE = Set.of("گزشتہ", "گذشتہ", "اگلے", "پچھلے", "آئندہ", "رواں");
  static final Set<String> UNITS = Set.of("روز", "دن", "ہفتے", "ماہ", "سال", "شب", "رات");
  static final Set<String> TIMES_OF_DAY = Set.of("شام", "صبح", "رات", "دوپہر", "روز");
  static final Set<String> MONTHS =
      Set.of("جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر",
          "اکتوبر", "نومبر", "دسمبر");

  private DatePhrase() {}

  /** The first date in tokens {@code [from, to)} as {@code {start, end}} offsets, or null. */
  static int[] find(
      List<Token> tokens, String[] norms, int from, int to, List<Entity> entities,
      List<Entity> values) {
    if (from >= to) {
      return null;
    }
    int startOffset = tokens.get(from).start();
    int endOffset = tokens.get(to - 1).end();
    for (Entity entity : entities) {
      if (entity.type() == EntityType.DATE && entity.start() >= startOffset
          && entity.end() <= endOffset) {
        return new int[] {entity.start(), widened(entity, values, endOffset)};
      }
    }
    for (int i = from; i < to; i++) {
      String w = norms[i];
      String next = i + 1 < to ? norms[i + 1] : "";
      String next2 = i + 2 < to ? norms[i + 2] : "";
      if (WEEKDAYS.contains(w)) {
        if (next.equals("کو")) {
          return span(tokens, i, i + 2);
        }
        if ((next.equals("کے") || next.equals("کی")) && TIMES_OF_DAY.contains(next2)) {
          return span(tokens, i, i + 3);
        }
      }
      if (RELATIVE.contains(w) && UNITS.contains(next)) {
        return span(tokens, i, i + 2);
      }
      if (w.equals("آج")) {
        return span(tokens, i, i + 1);
      }
      if ((isDay(w)) && MONTHS.contains(next)) {
        return span(tokens, i, i + 2);
      }
    }
    for (Entity value : values) {
      if (value.type() == EntityType.DATE && value.start() >= startOffset
          && value.end() <= endOffset) {
        return new int[] {value.start(), value.end()};
      }
    }
    return null;
  }

  /**
   * The end of the value expression that starts where the DATE entity does and goes further, as
   * the grammar's «23 اگست کی شب» does the model's «23 اگست»; else the entity's end.
   */
  private static int widened(Entity entity, List<Entity> values, int endOffset) {
    for (Entity value : values) {
      if (value.type() == EntityType.DATE && value.start() == entity.start()
          && value.end() > entity.end() && value.end() <= endOffset) {
        return value.end();
      }
    }
    return entity.end();
  }

  private static boolean isDay(String w) {
    return w.equals("یکم") || (!w.isEmpty() && w.length() <= 2 && w.chars().allMatch(Character::isDigit));
  }

  private static int[] span(List<Token> tokens, int from, int to) {
    return new int[] {tokens.get(from).start(), tokens.get(to - 1).end()};
  }
}
