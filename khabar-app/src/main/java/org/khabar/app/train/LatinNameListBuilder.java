package org.khabar.app.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.khabar.normalize.UrduNormalizer;

/**
 * Builds the Latin-name list ({@code latin-names.tsv}) from the Wikidata labels file: each
 * entity's Urdu label (normalized) with its English label, for labels that are names (English
 * in Latin letters, Urdu in Arabic script, at most four words each); then the CLDR territories
 * and exemplar cities that Wikidata's list lacks ({@link #addCldr}).
 */
public final class LatinNameListBuilder {

  private final Path wikidata;

  public LatinNameListBuilder(Path wikidata) {
    this.wikidata = wikidata;
  }

  /** Urdu label → English label, sorted by the Urdu label. */
  public Map<String, String> build() throws IOException {
    Map<String, String> names = new TreeMap<>();
    try (BufferedReader in = Files.newBufferedReader(wikidata, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null) {
        return names;
      }
      String[] columns = header.split("\t");
      int en = indexOf(columns, "en");
      int ur = indexOf(columns, "ur");
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.split("\t");
        if (f.length <= Math.max(en, ur)) {
          continue;
        }
        String english = f[en].strip();
        String urdu = UrduNormalizer.normalizeWord(f[ur].strip()).replaceAll("\\s+", " ");
        if (isName(english, urdu)) {
          names.putIfAbsent(urdu, english);
        }
      }
    }
    return names;
  }

  /**
   * Adds the places of Unicode CLDR that the Wikidata labels lack: territories (Urdu name from
   * CLDR's Urdu data, English name from the JDK's CLDR-based locale data: {@code SY} → شام →
   * Syria) and exemplar cities (Urdu name from CLDR, English from the time zone: {@code
   * Asia/Damascus} → دمشق → Damascus). A name the list already has keeps its Wikidata label.
   */
  public static void addCldr(Map<String, String> names, Path territoriesJson, Path exemplarCities)
      throws IOException {
    JsonNode territories = new ObjectMapper().readTree(territoriesJson.toFile())
        .at("/main/ur/localeDisplayNames/territories");
    for (Iterator<Map.Entry<String, JsonNode>> it = territories.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String code = e.getKey();
      if (!code.matches("[A-Z]{2}")) {
        continue;
      }
      String english = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
      put(names, english, e.getValue().asText());
    }
    for (String line : Files.readAllLines(exemplarCities, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length < 2 || line.startsWith("#")) {
        continue;
      }
      String zone = f[0].strip();
      String english = zone.substring(zone.lastIndexOf('/') + 1).replace('_', ' ');
      put(names, english, f[1]);
    }
  }

  private static void put(Map<String, String> names, String english, String urduLabel) {
    String urdu = UrduNormalizer.normalizeWord(urduLabel.strip()).replaceAll("\\s+", " ");
    if (isName(english, urdu)) {
      names.putIfAbsent(urdu, english);
    }
  }

  static boolean isName(String english, String urdu) {
    return !english.isEmpty() && !urdu.isEmpty()
        && english.matches("[A-Za-z][A-Za-z .'\\-]*") && english.split(" ").length <= 4
        && urdu.split(" ").length <= 4 && urdu.chars().allMatch(c -> c == ' ' || (c >= 0x0600 && c <= 0x06FF));
  }

  private static int indexOf(String[] columns, String name) {
    for (int i = 0; i < columns.length; i++) {
      if (columns[i].equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no column '" + name + "' in the Wikidata file");
  }

  /** Writes the list with its header. */
  public static void write(Map<String, String> names, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("# Urdu name<TAB>Latin name, from Wikidata's Urdu and English labels\n");
      out.write("# (lexicons/wikidata/hi_ur_wikidata_20150427.tsv, CC0), then Unicode CLDR's Urdu\n");
      out.write("# territories and exemplar cities (lexicons/cldr, Unicode licence) with their\n");
      out.write("# English names (the JDK's locale data, time zone names).\n");
      out.write("# Rebuilt by ./khabar train latin-names; do not edit by hand.\n");
      for (Map.Entry<String, String> e : names.entrySet()) {
        out.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
    }
  }
}
