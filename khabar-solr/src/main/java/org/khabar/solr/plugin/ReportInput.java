package org.khabar.solr.plugin;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.SolrInputField;
import org.khabar.io.Report;
import org.khabar.io.ReportReader;

/**
 * Reads a report from a document sent to Solr, by the same rules as a line of JSON Lines
 * ({@link ReportReader#parseLine}): {@code id}, {@code body} (or {@code text}), {@code headline}
 * (or {@code title}), {@code date} ({@code 2015-09-30} or {@code 30.09.15}), {@code source} (or
 * {@code newspaper}); any other single-valued field is kept as an extra field.
 */
final class ReportInput {

  private ReportInput() {}

  /** The report in {@code doc}; fails with a message that says what is wrong. */
  static Report read(SolrInputDocument doc, Consumer<String> warnings) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    for (SolrInputField field : doc) {
      Object value = field.getValue();
      if (value instanceof Collection<?> values) {
        if (values.size() != 1) {
          throw new IllegalArgumentException("field \"" + field.getName() + "\" has "
              + values.size() + " values; a report has one of each");
        }
        value = values.iterator().next();
      }
      if (value instanceof Map<?, ?>) {
        throw new IllegalArgumentException("field \"" + field.getName() + "\" is a partial"
            + " update; Khabar needs the whole report to analyse it");
      }
      json.put(field.getName(), text(value));
    }
    return ReportReader.parseLine(json.toString(), warnings);
  }

  private static String text(Object value) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
    return value == null ? null : value.toString();
  }
}
