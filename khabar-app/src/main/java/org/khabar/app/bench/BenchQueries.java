package org.khabar.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.khabar.io.Report;
import org.khabar.lexicon.StopWords;
import org.khabar.normalize.UrduNormalizer;

/**
 * Search queries a reader might type, drawn from the words of real headlines with a fixed seed:
 * one to three content words, sometimes as a phrase, sometimes with a date range.
 */
public final class BenchQueries {

  private BenchQueries() {}

  public static List<String> generate(List<Report> reports, int count, long seed) {
    Random random = new Random(seed);
    List<String> queries = new ArrayList<>(count);
    while (queries.size() < count) {
      Report report = reports.get(random.nextInt(reports.size()));
      String text = report.headline() != null ? report.headline() : report.body();
      List<String> words = new ArrayList<>();
      for (String word : text.split("[\\s\\p{Punct}،۔؟]+")) {
        String normalized = UrduNormalizer.normalizeWord(word);
        if (normalized.length() > 1 && !StopWords.contains(normalized)) {
          words.add(word);
        }
      }
      if (words.isEmpty()) {
        continue;
      }
      int start = random.nextInt(words.size());
      int length = 1 + random.nextInt(Math.min(3, words.size() - start));
      String query = String.join(" ", words.subList(start, start + length));
      int kind = random.nextInt(10);
      if (kind == 0 && length >= 2) {
        query = "\"" + query + "\"";
      } else if (kind == 1) {
        query = query + " date:2014";
      }
      queries.add(query);
    }
    return queries;
  }
}
