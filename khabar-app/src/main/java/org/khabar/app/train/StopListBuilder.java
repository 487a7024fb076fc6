package org.khabar.app.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.khabar.normalize.UrduNormalizer;

/**
 * Builds khabar-lucene's Urdu stop word list from urduhack's (MIT), with these changes:
 *
 * <ul>
 *   <li>Removed: words that carry content in news, which a reader may search for: numbers and
 *       clock words (دو، سہ، پون، پونے، پونی، ساڑھے، بج، بجے، گنا), a weekday (پیر is Monday), nouns
 *       and adjectives (بند، بہتر، حصہ، خالی، دیر، آس، لوگوں، کرم), titles and forms of address
 *       (جناب، حضرت، صاحب، صاحبہ، محترم، محترمہ، مس، مسز، مسٹر، مکرمی، آنسہ), greetings (آمدید، بخیر،
 *       شکریہ، مرحبا، مہربانی، پلیز، ہیلو), and entries that are not words (یات، قطا، مگھر، الف).
 *   <li>Added: the future-tense plural گے (its singulars گا، گی are listed), the spellings
 *       انھوں، انھیں، تمھارا، تمھاری، تمھارے، تمھیں of listed pronouns, چاہیے beside چاہئے، چاہیئے,
 *       and the joined postpositions کیلئے، کیلیے.
 *   <li>Kept as two entries: کے and کی (and کا). They are different words, and normalization never
 *       merges ے and ی, so a stop list of one never removes the other (Persian's folding makes
 *       them one).
 * </ul>
 */
public final class StopListBuilder {

  static final Set<String> REMOVED =
      Set.of(
          "دو", "سہ", "پون", "پونے", "پونی", "ساڑھے", "بج", "بجے", "گنا", "پیر", "بند", "بہتر",
          "حصہ", "خالی", "دیر", "آس", "لوگوں", "کرم", "جناب", "حضرت", "صاحب", "صاحبہ", "محترم",
          "محترمہ", "مس", "مسز", "مسٹر", "مکرمی", "آنسہ", "آمدید", "بخیر", "شکریہ", "مرحبا",
          "مہربانی", "پلیز", "ہیلو", "یات", "قطا", "مگھر", "الف");

  static final Set<String> ADDED =
      Set.of(
          "گے", "انھوں", "انھیں", "تمھارا", "تمھاری", "تمھارے", "تمھیں", "چاہیے", "کیلئے",
          "کیلیے");

  private StopListBuilder() {}

  /** The normalized stop words: urduhack's list less {@link #REMOVED}, plus {@link #ADDED}. */
  public static TreeSet<String> build(Path urduhackList) throws IOException {
    TreeSet<String> words = new TreeSet<>();
    for (String line : Files.readAllLines(urduhackList, StandardCharsets.UTF_8)) {
      String word = UrduNormalizer.normalizeWord(line.strip());
      if (!word.isEmpty() && !word.startsWith("#") && !REMOVED.contains(word)) {
        words.add(word);
      }
    }
    for (String word : ADDED) {
      words.add(UrduNormalizer.normalizeWord(word));
    }
    return words;
  }

  /** Writes the list with a header that says where it comes from. */
  public static void write(TreeSet<String> words, Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("# Urdu stop words, normalized. Built by `khabar train stopwords` from urduhack's list");
    lines.add("# (MIT, Copyright (c) 2018 Urdu Hack) with the changes listed in StopListBuilder.");
    lines.addAll(words);
    Files.createDirectories(file.getParent());
    Files.write(file, lines, StandardCharsets.UTF_8);
  }
}
