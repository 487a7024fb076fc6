package org.khabar.text;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What is known about a report besides its text. Every field may be absent.
 *
 * @param headline the headline, as written
 * @param date the date the report was published; relative dates (آج، کل، اتوار) resolve against it
 * @param source the publisher or agency as given by the data (e.g. a newspaper name)
 */
public record Metadata(String headline, LocalDate date, String source) {

  public static final Metadata NONE = new Metadata(null, null, null);

  public Optional<String> headlineIfAny() {
    return Optional.ofNullable(headline);
  }

  public Optional<LocalDate> dateIfAny() {
    return Optional.ofNullable(date);
  }

  public Optional<String> sourceIfAny() {
    return Optional.ofNullable(source);
  }

  public Metadata withDate(LocalDate newDate) {
    return new Metadata(headline, newDate, source);
  }
}
