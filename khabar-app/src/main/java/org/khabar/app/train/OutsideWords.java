package org.khabar.app.train;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.khabar.UrduPipeline;
import org.khabar.app.eval.NerGold;
import org.khabar.pipeline.Pipeline;
import org.khabar.text.Document;
import org.khabar.tokenize.Token;
import org.khabar.tokenize.TokenType;

/**
 * The words the NER training annotations leave outside every entity: seen at least {@link
 * #MIN_COUNT} times, inside an entity at most {@link #MAX_INSIDE} of them. «مالی» (financial,
 * and the country Mali) is such a word: 76 times in the four training parts, a LOCATION once.
 * The tagger reads the list ({@code org/khabar/lexicon/outside-words.txt}) to drop a one-word
 * entity that is one of them ({@code WordSpanRules.withoutOutsideWords} in khabar-core). Only
 * training files are read, never dev.
 */
public final class OutsideWords {

  /** How often a word must be seen to be listed. */
  public static final int MIN_COUNT = 20;

  /** The largest share of a listed word's occurrences inside an entity. */
  public static final double MAX_INSIDE = 0.05;

  private final Pipeline tokens = UrduPipeline.tokensAsWritten(); // glued words as written
  private final Map<String, int[]> counts = new TreeMap<>(); // word -> {seen, inside}

  /** Counts the words of {@code lines} and whether each stands inside a gold entity. */
  public OutsideWords addAll(List<NerGold.Sentence> lines) {
    for (NerGold.Sentence line : lines) {
      Document document = tokens.apply(Document.of(line.id(), line.text()));
      for (Token token : document.get(Token.LAYER)) {
        if (token.type() != TokenType.WORD) {
          continue;
        }
        int[] count = counts.computeIfAbsent(token.norm(), w -> new int[2]);
        count[0]++;
        for (NerGold.Span span : line.entities()) {
          if (span.start() < token.end() && token.start() < span.end()) {
            count[1]++;
            break;
          }
        }
      }
    }
    return this;
  }

  /** The listed words, sorted. */
  public List<String> words() {
    return counts.entrySet().stream()
        .filter(e -> e.getValue()[0] >= MIN_COUNT
            && e.getValue()[1] <= MAX_INSIDE * e.getValue()[0])
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Writes the list as a word-list resource, with a header that says where it comes from. */
  public void write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(String.format(Locale.ROOT,
          "# Words the four NER training parts leave outside every entity: seen at least %d"
              + " times,%n# inside an entity at most %.0f%% of them. Written by ./khabar train ner;"
              + " do not edit by hand.%n", MIN_COUNT, MAX_INSIDE * 100));
      for (String word : words()) {
        out.write(word);
        out.write('\n');
      }
    }
  }
}
