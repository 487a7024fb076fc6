package org.khabar.app.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reads and checks query parameters; every problem is a 400 that names the parameter. */
final class QueryParams {

  /** The longest value of any one parameter, in characters. */
  static final int MAX_VALUE_LENGTH = 1000;

  private QueryParams() {}

  /** The parameter's value, checked, or {@code fallback} if it is absent or empty. */
  static String text(Context ctx, String name, String fallback) {
    String value = ctx.queryParam(name);
    return value == null || value.isEmpty() ? fallback : checked(name, value);
  }

  /** Every value of a repeatable parameter, checked; empty values are left out. */
  static List<String> all(Context ctx, String name) {
    return ctx.queryParams(name).stream().filter(v -> !v.isEmpty())
        .map(v -> checked(name, v).strip()).filter(v -> !v.isEmpty()).toList();
  }

  static int integer(Context ctx, String name, int fallback, int min, int max) {
    String value = text(ctx, name, null);
    if (value == null) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number < min || number > max) {
        throw ApiException.badRequest(name + " must be from " + min + " to " + max + ", not "
            + number);
      }
      return number;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be a whole number, not \"" + value + "\"");
    }
  }

  static LocalDate date(Context ctx, String name) {
    String value = text(ctx, name, null);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(name + " must be a date like 2015-09-30, not \"" + value
          + "\"");
    }
  }

  /**
   * {@code value} with tabs and line breaks made spaces; 400 if it is too long or holds other
   * control characters (which no search box produces).
   */
  static String checked(String name, String value) {
    if (value.length() > MAX_VALUE_LENGTH) {
      throw ApiException.badRequest(name + " is too long (" + value.length()
          + " characters; at most " + MAX_VALUE_LENGTH + ")");
    }
    StringBuilder out = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        if (out == null) {
          out = new StringBuilder(value);
        }
        out.setCharAt(i, ' ');
      } else if (Character.isISOControl(c)) {
        throw ApiException.badRequest(name + " holds a control character (U+"
            + String.format("%04X", (int) c) + " at position " + i
            + "); remove it and search again");
      }
    }
    return out == null ? value : out.toString();
  }
}
