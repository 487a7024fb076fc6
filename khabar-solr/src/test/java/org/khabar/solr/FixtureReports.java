package org.khabar.solr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.khabar.io.Report;
import org.khabar.io.ReportReader;

/**
 * The test reports: 29 short Urdu reports written for these tests (some in Arabic letters,
 * with diacritics or a decomposed alef madda, two without a date), and the 50 queries.
 */
public final class FixtureReports {

  private FixtureReports() {}

  /** The hand-written reports, in file order. */
  public static List<Report> reports() {
    List<Report> reports = new ArrayList<>();
    for (String line : lines("reports.jsonl")) {
      reports.add(ReportReader.parseLine(line));
    }
    return reports;
  }

  /** The 50 queries, without their comments. */
  public static List<String> queries() {
    List<String> queries = new ArrayList<>();
    for (String line : lines("queries.txt")) {
      int hash = line.indexOf('#');
      String query = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (!query.isEmpty()) {
        queries.add(query);
      }
    }
    return queries;
  }

  private static List<String> lines(String resource) {
    try (InputStream in = FixtureReports.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank()).toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
