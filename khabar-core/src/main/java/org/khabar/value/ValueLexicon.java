package org.khabar.value;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khabar.normalize.UrduNormalizer;

/**
 * The words of numbers, dates and times, from two resources: {@code number-words.tsv} (CLDR's
 * number words, rebuilt by {@code khabar train numbers}) and {@code value-words.tsv} (spelling
 * variants, fractions, months, weekdays, qualifiers and context words, written by hand).
 *
 * <p>Ordinals from 10 on are made here from every cardinal spelling, as CLDR's rule says:
 * cardinal + واں or ویں (اکیس → اکیسواں، اکیسویں); a cardinal that ends in ہ is also written
 * without it or with ھ in its place (اٹھارہ → اٹھارویں، پندرہ → پندرھویں، سولہ → سولھواں).
 *
 * <p>Loaded once; immutable and safe to share afterwards.
 */
final class ValueLexicon {

  private static final String[] RESOURCES = {"number-words.tsv", "value-words.tsv"};
  private static final long GLUED_PART_ROLES =
      Role.CARDINAL.bit() | Role.MULTIPLIER.bit() | Role.FRACTION.bit() | Role.PREFIX.bit()
          | Role.OCLOCK.bit();

  private static final ValueLexicon INSTANCE = load();

  private final Map<String, WordInfo> words;
  private final GluedWords glued;

  private ValueLexicon(Map<String, WordInfo> words) {
    this.words = words;
    List<String> singles = new ArrayList<>();
    List<String[]> phrases = new ArrayList<>();
    for (Map.Entry<String, WordInfo> entry : words.entrySet()) {
      String[] parts = entry.getKey().split(" ");
      if (parts.length > 1) {
        phrases.add(parts);
      } else if ((entry.getValue().roles & GLUED_PART_ROLES) != 0) {
        singles.add(entry.getKey());
      }
    }
    for (String[] phrase : phrases) {
      WordInfo first = words.computeIfAbsent(phrase[0], k -> new WordInfo());
      if (first.phrases == null) {
        first.phrases = new ArrayList<>(2);
      }
      first.phrases.add(phrase);
    }
    for (WordInfo info : words.values()) {
      if (info.phrases != null) {
        info.phrases.sort(Comparator.comparingInt((String[] p) -> p.length).reversed());
      }
    }
    this.glued = new GluedWords(singles, words);
  }

  static ValueLexicon get() {
    return INSTANCE;
  }

  /**
   * What is known about the normalized word or phrase, {@link WordInfo#NONE} if nothing. The first
   * word of a phrase knows the phrases it starts ({@link WordInfo#phrases}), so one look-up per
   * token does.
   */
  WordInfo info(String normalized) {
    return words.getOrDefault(normalized, WordInfo.NONE);
  }

  /**
   * The number words that {@code word} is written as without spaces (دوہزارچھ → دو، ہزار، چھ), or
   * null if it is not such a word.
   */
  String[] splitGlued(String word) {
    return glued.split(word);
  }

  private static ValueLexicon load() {
    Map<String, WordInfo> words = new HashMap<>();
    for (String resource : RESOURCES) {
      read(resource, words);
    }
    addOrdinalsFromCardinals(words);
    return new ValueLexicon(words);
  }

  private static void read(String name, Map<String, WordInfo> words) {
    String resource = "/org/khabar/lexicon/" + name;
    try (InputStream in = ValueLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing lexicon " + resource + " (a broken build?)");
      }
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t");
        if (columns.length != 3) {
          throw new IllegalStateException(resource + ":" + number + ": expected 3 columns");
        }
        String key = String.join(" ", UrduNormalizer.normalizeWord(columns[2]).strip().split("\\s+"));
        words.computeIfAbsent(key, k -> new WordInfo()).add(Role.valueOf(columns[0]), columns[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + resource, e);
    }
  }

  private static void addOrdinalsFromCardinals(Map<String, WordInfo> words) {
    Map<String, Integer> made = new HashMap<>();
    for (Map.Entry<String, WordInfo> entry : words.entrySet()) {
      int value = entry.getValue().cardinal;
      String cardinal = entry.getKey();
      if (value >= 10 && !cardinal.contains(" ")) {
        made.put(cardinal + "واں", value);
        made.put(cardinal + "ویں", value);
        if (cardinal.endsWith("ہ")) { // اٹھارہ → اٹھارویں، پندرھویں، سولھواں
          String stem = cardinal.substring(0, cardinal.length() - 1);
          made.put(stem + "واں", value);
          made.put(stem + "ویں", value);
          made.put(stem + "ھواں", value);
          made.put(stem + "ھویں", value);
        }
      }
    }
    made.forEach(
        (word, value) -> {
          WordInfo info = words.computeIfAbsent(word, k -> new WordInfo());
          if (!info.has(Role.ORDINAL)) {
            info.add(Role.ORDINAL, Integer.toString(value));
          }
        });
  }
}
