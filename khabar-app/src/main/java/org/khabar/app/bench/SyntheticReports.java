package org.khabar.app.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.khabar.io.InputException;
import org.khabar.io.Report;
import org.khabar.io.ReportReader;

/**
 * A large archive's worth of reports made by repeating real ones under new ids: the k-th copy of
 * report {@code counter-0001-source} is {@code counter-0001-source~k}.
 */
public final class SyntheticReports implements Iterable<Report> {

  private final List<Report> originals;
  private final int count;

  public SyntheticReports(List<Report> originals, int count) {
    if (originals.isEmpty()) {
      throw new IllegalArgumentException("no reports to repeat");
    }
    this.originals = List.copyOf(originals);
    this.count = count;
  }

  /** The reports of the given JSON Lines files; fails on the first broken line. */
  public static List<Report> read(List<Path> files) throws InputException {
    List<Report> reports = new ArrayList<>();
    List<InputException> problems = new ArrayList<>();
    for (Path file : files) {
      ReportReader.read(file, new ReportReader.Sink() {
        @Override
        public void report(Report report) {
          reports.add(report);
        }

        @Override
        public void error(InputException problem) {
          problems.add(problem);
        }
      });
    }
    if (!problems.isEmpty()) {
      throw problems.get(0);
    }
    return reports;
  }

  public List<Report> originals() {
    return originals;
  }

  @Override
  public Iterator<Report> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < count;
      }

      @Override
      public Report next() {
        if (next >= count) {
          throw new NoSuchElementException();
        }
        Report original = originals.get(next % originals.size());
        int copy = next / originals.size();
        next++;
        String id = copy == 0 ? original.id() : original.id() + "~" + copy;
        return new Report(id, original.headline(), original.body(), original.date(),
            original.source(), original.extra());
      }
    };
  }
}
