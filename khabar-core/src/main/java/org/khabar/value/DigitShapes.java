package org.khabar.value;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads numbers written in digits, as the tokenizer gives them (digits already ASCII: ۳۵ and ٣٥
 * are 35). Each shape, with an example:
 *
 * <ul>
 *   <li>whole numbers: {@code 35}; with a year marker: {@code 2015ء};
 *   <li>grouped, international or South Asian: {@code 1,000}, {@code 1,00,000};
 *   <li>decimals, with a point or the Urdu full stop: {@code 1.4}, {@code 1۔4};
 *   <li>clock times: {@code 4:10}, {@code 6.30} (with بجے), {@code 6۔30};
 *   <li>dates, day first or year first: {@code 12/05/2015}, {@code 12-05-2015}, {@code
 *       2015/05/12}.
 * </ul>
 *
 * <p>Hand-written scanners, no regular expressions: they run on every number token.
 */
final class DigitShapes {

  private DigitShapes() {}

  /** True if the token ends with the year marker ء: {@code 2015ء}. */
  static boolean hasYearMarker(String token) {
    return !token.isEmpty() && token.charAt(token.length() - 1) == '\u0621';
  }

  /** The token without a year marker. */
  static String withoutYearMarker(String token) {
    return hasYearMarker(token) ? token.substring(0, token.length() - 1) : token;
  }

  /** The number {@code token} writes ({@code 1,000}, {@code 1.4}, {@code 2015ء}), or null. */
  static Rational number(String token) {
    String text = withoutYearMarker(token);
    int n = text.length();
    if (n == 0 || n > 40) {
      return null;
    }
    int separator = -1;
    char kind = 0;
    int commas = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        continue;
      }
      if (c == ',') {
        commas++;
        continue;
      }
      if ((c == '.' || c == '\u06D4') && separator < 0) {
        separator = i;
        kind = c;
        continue;
      }
      return null;
    }
    if (commas > 0) {
      if (!validGrouping(text, separator < 0 ? n : separator)) {
        return null;
      }
      text = text.replace(",", "");
      n = text.length();
      separator = kind == 0 ? -1 : text.indexOf(kind);
    }
    if (separator >= 0) {
      if (separator == 0 || separator == n - 1) {
        return null;
      }
      text = text.substring(0, separator) + "." + text.substring(separator + 1);
    }
    return Rational.of(new BigDecimal(text));
  }

  /** Commas every three digits (1,000,000) or, in South Asia, every two after the first three. */
  private static boolean validGrouping(String text, int integerEnd) {
    int group = 0;
    boolean sawComma = false;
    boolean lastGroupThree = false;
    for (int i = integerEnd - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == ',') {
        if (group == 0) {
          return false;
        }
        if (!sawComma) {
          if (group != 3) {
            return false;
          }
          lastGroupThree = true;
        } else if (group != 2 && group != 3) {
          return false;
        }
        sawComma = true;
        group = 0;
      } else {
        group++;
      }
    }
    return group > 0 && lastGroupThree && group <= 3;
  }

  /**
   * The clock time {@code token} writes, as {@code {hour, minute}}: {@code 4:10}, {@code 6.30},
   * {@code 6۔30}; null unless the minutes have two digits and the hour is 0-24.
   */
  static int[] clock(String token) {
    int n = token.length();
    int separator = -1;
    for (int i = 0; i < n; i++) {
      char c = token.charAt(i);
      if (c == ':' || c == '.' || c == '\u06D4') {
        if (separator >= 0) {
          return null;
        }
        separator = i;
      } else if (c < '0' || c > '9') {
        return null;
      }
    }
    if (separator < 1 || separator > 2 || n - separator - 1 != 2) {
      return null;
    }
    int hour = Integer.parseInt(token.substring(0, separator));
    int minute = Integer.parseInt(token.substring(separator + 1));
    return hour <= 24 && minute < 60 ? new int[] {hour % 24, minute} : null;
  }

  /**
   * The date {@code token} writes, day first ({@code 12/05/2015} is 12 May 2015, as in Pakistan)
   * or year first ({@code 2015-05-12}), with {@code /}, {@code -}, {@code .} or the Urdu full stop
   * between the parts ({@code 12۔05۔2015}); null if it is not a valid date.
   */
  static LocalDate date(String token) {
    int n = token.length();
    if (n < 8 || n > 10) {
      return null;
    }
    char separator = 0;
    int[] parts = new int[3];
    int[] lengths = new int[3];
    int part = 0;
    for (int i = 0; i < n; i++) {
      char c = token.charAt(i);
      if (c >= '0' && c <= '9') {
        parts[part] = parts[part] * 10 + (c - '0');
        lengths[part]++;
      } else if ((c == '/' || c == '-' || c == '.' || c == '\u06D4')
          && (separator == 0 || separator == c)) {
        separator = c;
        if (++part > 2) {
          return null;
        }
      } else {
        return null;
      }
    }
    if (part != 2) {
      return null;
    }
    try {
      if (lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2) {
        return LocalDate.of(parts[0], parts[1], parts[2]);
      }
      if (lengths[2] == 4 && lengths[0] <= 2 && lengths[1] <= 2) {
        return LocalDate.of(parts[2], parts[1], parts[0]);
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }

  /**
   * The first year of a span of two years written as one token, the second year following the
   * first: {@code 2016-17}، {@code 2017-2018ء}، {@code 1999-2000}; 0 if the token is none.
   */
  static int yearSpan(String token) {
    String text = withoutYearMarker(token);
    int dash = text.indexOf('-');
    if (dash != 4 || !plainDigits(text.substring(0, 4), 4)) {
      return 0;
    }
    String second = text.substring(dash + 1);
    if (!plainDigits(second, 4) || (second.length() != 2 && second.length() != 4)) {
      return 0;
    }
    int first = Integer.parseInt(text.substring(0, 4));
    int next = Integer.parseInt(second);
    boolean follows = second.length() == 2 ? next == (first + 1) % 100 : next == first + 1;
    return follows && first >= 1000 ? first : 0;
  }

  /** True if the token is plain digits (no separators, no marker) with 1 to {@code max} digits. */
  static boolean plainDigits(String token, int max) {
    int n = token.length();
    if (n == 0 || n > max) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = token.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
