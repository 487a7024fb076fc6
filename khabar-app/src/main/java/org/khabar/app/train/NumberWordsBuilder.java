package org.khabar.app.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.khabar.normalize.UrduNormalizer;

/**
 * Builds the table of Urdu number words that ships in {@code khabar-core} from the Unicode CLDR
 * spell-out rules: the cardinals 0-99 and the multipliers سو، ہزار، لاکھ، کروڑ، ارب، کھرب
 * ({@code ur_rbnf_cardinals.tsv}) and the ordinals 1-9 in their three forms ({@code
 * ur_rbnf_ordinals.tsv}). Ordinals from 10 on are a cardinal with واں or ویں; the value lexicon
 * makes them when it loads, for these words and for the spelling variants it adds.
 */
public final class NumberWordsBuilder {

  private final Path cldr;

  /** {@code cldr} is the folder {@code lexicons/cldr} of the shared data. */
  public NumberWordsBuilder(Path cldr) {
    this.cldr = cldr;
  }

  /** The rows {@code KIND<TAB>VALUE<TAB>WORD}, normalized, in the order of the sources. */
  public List<String> build() throws IOException {
    Set<String> rows = new LinkedHashSet<>();
    for (String[] columns : read("ur_rbnf_cardinals.tsv")) {
      long value = Long.parseLong(columns[0]);
      String kind = value < 100 ? "CARDINAL" : "MULTIPLIER";
      rows.add(kind + "\t" + value + "\t" + normalize(columns[1]));
    }
    for (String[] columns : read("ur_rbnf_ordinals.tsv")) {
      for (int form = 1; form < columns.length; form++) {
        rows.add("ORDINAL\t" + Integer.parseInt(columns[0]) + "\t" + normalize(columns[form]));
      }
    }
    return new ArrayList<>(rows);
  }

  private List<String[]> read(String name) throws IOException {
    List<String[]> result = new ArrayList<>();
    for (String line : Files.readAllLines(cldr.resolve(name), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t");
      if (columns.length < 2) {
        throw new IOException(name + ": expected VALUE<TAB>WORD..., got: " + line);
      }
      result.add(columns);
    }
    return result;
  }

  private static String normalize(String word) {
    return UrduNormalizer.normalizeWord(word.strip());
  }

  /** Writes {@code rows} with a header that says where they come from. */
  public static void write(List<String> rows, Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("# Urdu number words, normalized: KIND<TAB>VALUE<TAB>WORD. Built by `khabar train");
    lines.add("# numbers` from Unicode CLDR common/rbnf/ur.xml (ur_rbnf_cardinals.tsv and");
    lines.add("# ur_rbnf_ordinals.tsv; Unicode licence, see the README's attribution). Do not edit:");
    lines.add("# spelling variants go into value-words.tsv.");
    lines.addAll(rows);
    Files.createDirectories(file.getParent());
    Files.write(file, lines, StandardCharsets.UTF_8);
  }
}
