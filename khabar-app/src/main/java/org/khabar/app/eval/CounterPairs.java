package org.khabar.app.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.khabar.io.InputException;
import org.khabar.io.Report;
import org.khabar.io.ReportReader;
import org.khabar.reuse.ReuseClass;

/** The source/derived pairs of a COUNTER-format JSON Lines file. */
public final class CounterPairs {

  /** One pair: the agency report, the newspaper report, and how much the latter reuses. */
  public record Pair(int number, Report source, Report derived, ReuseClass reuse) {}

  private CounterPairs() {}

  /**
   * The pairs numbered {@code from..to} (inclusive), in order. Fails on a broken line: an
   * evaluation must not silently score fewer pairs.
   */
  public static List<Pair> load(Path file, int from, int to) throws InputException {
    Map<Integer, Report[]> byNumber = new TreeMap<>();
    List<InputException> problems = new ArrayList<>();
    ReportReader.read(file, new ReportReader.Sink() {
      @Override
      public void report(Report report) {
        String pair = report.extra().get("pair");
        String role = report.extra().get("role");
        if (pair == null || role == null) {
          problems.add(new InputException(file.toString(), 0,
              "report " + report.id() + " has no \"pair\" or \"role\""));
          return;
        }
        int number = Integer.parseInt(pair);
        if (number < from || number > to) {
          return;
        }
        Report[] both = byNumber.computeIfAbsent(number, n -> new Report[2]);
        both[role.equals("source") ? 0 : 1] = report;
      }

      @Override
      public void error(InputException problem) {
        problems.add(problem);
      }
    });
    if (!problems.isEmpty()) {
      throw problems.get(0);
    }
    List<Pair> pairs = new ArrayList<>();
    for (Map.Entry<Integer, Report[]> entry : byNumber.entrySet()) {
      Report[] both = entry.getValue();
      if (both[0] == null || both[1] == null) {
        throw new InputException(file.toString(), 0, "pair " + entry.getKey()
            + " lacks its " + (both[0] == null ? "source" : "derived") + " report");
      }
      String label = both[1].extra().get("classification");
      pairs.add(new Pair(entry.getKey(), both[0], both[1], ReuseClass.valueOf(label)));
    }
    return pairs;
  }
}
