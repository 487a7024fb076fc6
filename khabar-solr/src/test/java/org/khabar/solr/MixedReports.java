package org.khabar.solr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.khabar.io.Report;

/**
 * A larger set of reports made from a few: report k takes the headline and first sentences of
 * one report and a sentence of another, with a shifted date and another report's source, so
 * that words are spread unevenly over the shards and distributed statistics matter.
 */
public final class MixedReports {

  private MixedReports() {}

  /** {@code originals} followed by {@code count} mixed reports, the same for the same seed. */
  public static List<Report> of(List<Report> originals, int count, long seed) {
    Random random = new Random(seed);
    List<Report> reports = new ArrayList<>(originals);
    for (int k = 0; k < count; k++) {
      Report first = originals.get(random.nextInt(originals.size()));
      Report second = originals.get(random.nextInt(originals.size()));
      Report third = originals.get(random.nextInt(originals.size()));
      String[] firstSentences = first.body().split("(?<=۔)\\s*");
      String[] secondSentences = second.body().split("(?<=۔)\\s*");
      int kept = 1 + random.nextInt(firstSentences.length);
      StringBuilder body = new StringBuilder();
      for (int i = 0; i < kept; i++) {
        body.append(firstSentences[i]).append(' ');
      }
      body.append(secondSentences[random.nextInt(secondSentences.length)]);
      LocalDate date = first.date() == null ? null
          : first.date().plusDays(random.nextInt(60) - 30);
      reports.add(new Report("mix-" + k + "-" + first.id(), first.headline(),
          body.toString().strip(), date, third.source(), Map.of("mixed", "true")));
    }
    return reports;
  }
}
