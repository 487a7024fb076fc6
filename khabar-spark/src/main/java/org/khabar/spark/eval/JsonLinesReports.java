package org.khabar.spark.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.khabar.io.Report;
import org.khabar.io.ReportReader;
import org.khabar.spark.eval.SyntheticCorpus.Written;

/** Reads a JSON Lines file of reports for an evaluation, failing on the first bad line. */
public final class JsonLinesReports {

  private JsonLinesReports() {}

  /** The reports of {@code file} with the warnings their parsing gives. */
  public static List<Written> read(Path file) throws IOException {
    List<Written> reports = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        List<String> warnings = new ArrayList<>(1);
        try {
          Report report = ReportReader.parseLine(line, warnings::add);
          reports.add(new Written(report, warnings.isEmpty() ? null : String.join("; ", warnings)));
        } catch (IllegalArgumentException e) {
          throw new IOException(file + ":" + number + ": " + e.getMessage(), e);
        }
      }
    }
    return reports;
  }

  /** The reports alone. */
  public static List<Report> reports(List<Written> written) {
    return written.stream().map(Written::report).toList();
  }
}
