package org.khabar.io;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.khabar.text.Document;
import org.khabar.text.Metadata;

/**
 * One news report as it comes in: an id, its body text, and what is known about it.
 *
 * @param id unique within an archive; a report with the same id replaces the old one
 * @param headline the headline, or null
 * @param body the text of the report
 * @param date the publication date, or null
 * @param source the publisher, agency or newspaper, or null
 * @param extra any other fields of the input (kept as strings), never null
 */
public record Report(
    String id, String headline, String body, LocalDate date, String source,
    Map<String, String> extra) {

  public Report {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(body, "body");
    extra = extra == null ? Map.of() : Map.copyOf(extra);
  }

  public static Report of(String id, String body) {
    return new Report(id, null, body, null, null, Map.of());
  }

  /** This report with another publication date. */
  public Report withDate(LocalDate newDate) {
    return new Report(id, headline, body, newDate, source, extra);
  }

  /** The report as a document to analyse: its body, with headline, date and source. */
  public Document toDocument() {
    return Document.of(id, body, new Metadata(headline, date, source));
  }
}
