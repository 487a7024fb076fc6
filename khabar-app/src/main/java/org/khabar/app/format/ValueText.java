package org.khabar.app.format;

import java.util.Locale;
import org.khabar.value.Approximation;
import org.khabar.value.DateValue;
import org.khabar.value.NumberValue;
import org.khabar.value.Value;

/** A value the way a reader says it: «about 35000», «2016-12-25», «the Sunday before». */
final class ValueText {

  private ValueText() {}

  static String of(Value value) {
    if (value == null) {
      return "?";
    }
    if (value instanceof NumberValue number) {
      String text = number.canonical() + (number.ordinal() ? " (ordinal)" : "");
      if (number.approximation() != Approximation.EXACT) {
        text = number.approximation().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " "
            + text;
      }
      return text;
    }
    if (value instanceof DateValue date && date.relation() != null && !date.resolved()) {
      return date.canonical() + " (" + date.relation().describe() + ")";
    }
    return value.canonical();
  }
}
