package org.khabar.app.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.khabar.normalize.UrduNormalizer;

/** Builds the normalized stop-word list that ships in khabar-core from urduhack's list. */
public final class StopWordListBuilder {

  private StopWordListBuilder() {}

  /** Writes the normalized, sorted words of {@code source} to {@code target}; returns how many. */
  public static int write(Path source, Path target) throws IOException {
    TreeSet<String> words = new TreeSet<>();
    for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
      String word = line.strip();
      if (!word.isEmpty() && !word.startsWith("#")) {
        words.add(UrduNormalizer.normalizeWord(word));
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add("# Urdu stop words, normalized. Built by `khabar train gazetteers` from urduhack's");
    lines.add("# stop_words.py list (MIT licence; see the README's attribution).");
    lines.addAll(words);
    Files.createDirectories(target.getParent());
    Files.write(target, lines, StandardCharsets.UTF_8);
    return words.size();
  }
}
