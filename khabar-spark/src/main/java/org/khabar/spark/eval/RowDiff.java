package org.khabar.spark.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.khabar.spark.rows.ReportRow;

/**
 * The differences between the rows the job wrote and the rows expected from {@code khabar
 * analyze}'s JSON, report by report, as lines a person can read. Provenance ({@code file} and
 * {@code offset}, which the JSON does not have) is left out of the comparison.
 */
public final class RowDiff {

  private RowDiff() {}

  /** Every difference; empty when the job's rows equal the expected ones exactly. */
  public static List<String> between(
      Map<String, AnalysisRows> expected, Map<String, AnalysisRows> actual) {
    List<String> differences = new ArrayList<>();
    TreeSet<String> ids = new TreeSet<>(expected.keySet());
    ids.addAll(actual.keySet());
    for (String id : ids) {
      AnalysisRows want = expected.get(id);
      AnalysisRows got = actual.get(id);
      if (want == null) {
        differences.add(id + ": in the tables but not expected");
      } else if (got == null) {
        differences.add(id + ": expected but not in the tables");
      } else {
        compare(id, want, got, differences);
      }
    }
    return differences;
  }

  private static void compare(String id, AnalysisRows want, AnalysisRows got, List<String> out) {
    if (!sameButProvenance(want.report(), got.report())) {
      out.add(id + ": reports row differs:\n    expected " + want.report()
          + "\n    written  " + got.report());
    }
    listDiff(id, "mentions", want.mentions(), got.mentions(), out);
    listDiff(id, "statements", want.statements(), got.statements(), out);
  }

  private static void listDiff(String id, String table, List<?> want, List<?> got,
      List<String> out) {
    if (want.equals(got)) {
      return;
    }
    List<Object> missing = new ArrayList<>(want);
    got.forEach(missing::remove);
    List<Object> extra = new ArrayList<>(got);
    want.forEach(extra::remove);
    out.add(id + ": " + table + " differ (" + want.size() + " expected, " + got.size()
        + " written)" + (missing.isEmpty() ? "" : "\n    missing    " + missing)
        + (extra.isEmpty() ? "" : "\n    unexpected " + extra));
  }

  /** True if the rows are equal in everything but {@code file} and {@code offset}. */
  private static boolean sameButProvenance(ReportRow want, ReportRow got) {
    String file = got.getFile();
    Long offset = got.getOffset();
    got.setFile(want.getFile());
    got.setOffset(want.getOffset());
    try {
      return want.equals(got);
    } finally {
      got.setFile(file);
      got.setOffset(offset);
    }
  }
}
