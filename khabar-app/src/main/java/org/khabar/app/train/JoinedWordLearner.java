package org.khabar.app.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.khabar.normalize.NormalizedText;
import org.khabar.normalize.UrduNormalizer;
import org.khabar.tokenize.TokenScanner;
import org.khabar.tokenize.TokenType;

/**
 * Learns the words that writers write both joined and spaced ({@code کہاکہ / کہا کہ}) from news
 * text: a word W is listed as "A B" when the text has W and also the two adjacent words A and B
 * with W = A + B, and:
 *
 * <ul>
 *   <li>A ends in a letter that does not join the next one (ا د ذ ر ز و ے ...), so the space is
 *       invisible on the page and leaving it out or typing it is a matter of habit; after a
 *       joining letter, W and "A B" look different and are usually different words (پیسے is not
 *       پی سے). Or A ends in {@code ے} or {@code ں}, which take their medial shape {@code ی} or
 *       {@code ن} when written joined: کرے گی / کریگی، کریں گے / کرینگے، کے خلاف / کیخلاف؛
 *   <li>A and B have at least two letters each;
 *   <li>W and "A B" each occur at least {@code minCount} times;
 *   <li>"A B" occurs at least {@code minSpacedRatio} times as often as W: a common word that only
 *       now and then looks like two words (جواب / جو اب، کرکٹ / کر کٹ) is left whole.
 * </ul>
 */
public final class JoinedWordLearner {

  private static final String NON_JOINING = "اآأإدڈذرڑزژوؤےۓءۃ";
  private static final char YEH_BARREE = 'ے';
  private static final char YEH = 'ی';
  private static final char NOON_GHUNNA = 'ں';
  private static final char NOON = 'ن';

  private final int minCount;
  private final double minSpacedRatio;
  private final Map<String, Integer> words = new HashMap<>();
  private final Map<String, Integer> bigrams = new HashMap<>();
  private final TokenScanner scanner = new TokenScanner();

  /** A learner with the given thresholds. */
  public JoinedWordLearner(int minCount, double minSpacedRatio) {
    this.minCount = minCount;
    this.minSpacedRatio = minSpacedRatio;
  }

  /** Counts the words and adjacent word pairs of {@code text}. */
  public void add(String text) {
    NormalizedText normalized = UrduNormalizer.normalize(text);
    scanner.reset(normalized.chars(), normalized.length());
    String previous = null;
    while (scanner.next()) {
      if (scanner.type() != TokenType.WORD) {
        previous = null;
        continue;
      }
      String word = normalized.substring(scanner.start(), scanner.end());
      words.merge(word, 1, Integer::sum);
      if (previous != null) {
        bigrams.merge(previous + " " + word, 1, Integer::sum);
      }
      previous = word;
    }
  }

  /** One learned pair: the spaced and joined forms and how often each occurred. */
  public record Pair(String spaced, String joined, int joinedCount, int spacedCount) {}

  /** The pairs found, most frequent first. */
  public List<Pair> pairs() {
    List<Pair> pairs = new ArrayList<>();
    for (Map.Entry<String, Integer> bigram : bigrams.entrySet()) {
      String spaced = bigram.getKey();
      int space = spaced.indexOf(' ');
      String first = spaced.substring(0, space);
      String second = spaced.substring(space + 1);
      if (first.length() < 2 || second.length() < 2) {
        continue;
      }
      char last = first.charAt(first.length() - 1);
      String stem = first.substring(0, first.length() - 1);
      if (NON_JOINING.indexOf(last) >= 0) {
        consider(pairs, spaced, first + second, bigram.getValue());
      }
      if (last == YEH_BARREE) {
        consider(pairs, spaced, stem + YEH + second, bigram.getValue());
      } else if (last == NOON_GHUNNA) {
        consider(pairs, spaced, stem + NOON + second, bigram.getValue());
      }
    }
    pairs.sort(
        Comparator.comparingInt((Pair p) -> -(p.joinedCount() + p.spacedCount()))
            .thenComparing(Pair::spaced)
            .thenComparing(Pair::joined));
    return pairs;
  }

  private void consider(List<Pair> pairs, String spaced, String joined, int spacedCount) {
    int joinedCount = words.getOrDefault(joined, 0);
    if (joinedCount >= minCount
        && spacedCount >= minCount
        && spacedCount >= minSpacedRatio * joinedCount) {
      pairs.add(new Pair(spaced, joined, joinedCount, spacedCount));
    }
  }

  /** Writes {@code pairs} as the list that {@code JoinedWords} reads, with a header. */
  public static void write(List<Pair> pairs, List<String> sources, Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("# Words written both joined and spaced: the spaced form, the joined form, and how");
    lines.add("# often each occurred, tab-separated. Learned by `khabar train joined-words`");
    lines.add("# from " + String.join(", ", sources) + " (see the README's attribution).");
    for (Pair pair : pairs) {
      lines.add(String.format(Locale.ROOT, "%s\t%s\t%d\t%d", pair.spaced(), pair.joined(),
          pair.joinedCount(), pair.spacedCount()));
    }
    Files.createDirectories(file.getParent());
    Files.write(file, lines, StandardCharsets.UTF_8);
  }
}
