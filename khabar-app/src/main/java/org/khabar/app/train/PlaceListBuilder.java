package org.khabar.app.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.khabar.lexicon.WordList;
import org.khabar.normalize.UrduNormalizer;

/**
 * Builds the list of place names that ships in {@code khabar-core}: country and region names
 * from CLDR (the data files and ICU4J's copy), CLDR's exemplar city names, the places
 * annotated as LOCATION at least {@code minCount} times in the NER training sets, and Khabar's
 * hand-written list of Pakistan's places ({@code pakistan-places.txt}).
 */
public final class PlaceListBuilder {

  static final String PAKISTAN_PLACES = "pakistan-places";

  private final Path data;
  private final int minCount;

  public PlaceListBuilder(Path data, int minCount) {
    this.data = data;
    this.minCount = minCount;
  }

  /** The sorted, normalized place names. */
  public TreeSet<String> build() throws IOException {
    TreeSet<String> places = new TreeSet<>();
    JsonNode territories =
        new ObjectMapper()
            .readTree(data.resolve("lexicons/cldr/ur_territories.json").toFile())
            .at("/main/ur/localeDisplayNames/territories");
    for (Map.Entry<String, JsonNode> territory : territories.properties()) {
      add(places, territory.getValue().asText());
    }
    for (String line : Files.readAllLines(data.resolve("lexicons/cldr/ur_exemplar_cities.tsv"))) {
      String[] columns = line.split("\t");
      if (columns.length == 2 && !line.startsWith("#")) {
        add(places, columns[1]);
      }
    }
    ULocale urdu = new ULocale("ur");
    for (String country : ULocale.getISOCountries()) {
      add(places, new ULocale("", country).getDisplayCountry(urdu));
    }
    for (Map.Entry<String, Integer> entry : annotatedLocations().entrySet()) {
      if (entry.getValue() >= minCount) {
        add(places, entry.getKey());
      }
    }
    WordList.load(PAKISTAN_PLACES).entries().forEach(place -> add(places, place));
    return places;
  }

  private Map<String, Integer> annotatedLocations() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, Integer> counts = new HashMap<>();
    for (String set : List.of("uner", "ijcnlp2008", "jahangir", "ilner")) {
      Path train = data.resolve("ner").resolve(set).resolve("train.jsonl");
      try (BufferedReader reader = Files.newBufferedReader(train, StandardCharsets.UTF_8)) {
        String line;
        while ((line = reader.readLine()) != null) {
          for (JsonNode entity : mapper.readTree(line).path("entities")) {
            if (entity.path("label").asText().equals("LOCATION")) {
              counts.merge(normalize(entity.path("text").asText()), 1, Integer::sum);
            }
          }
        }
      }
    }
    return counts;
  }

  private static void add(TreeSet<String> places, String name) {
    String normalized = normalize(name);
    if (!normalized.isEmpty() && normalized.codePoints().anyMatch(c -> c >= 0x0600 && c <= 0x06FF)) {
      places.add(normalized);
    }
  }

  private static String normalize(String name) {
    return String.join(" ", UrduNormalizer.normalizeWord(name).strip().split("\\s+"));
  }

  /** Writes {@code places} with a header that says where they come from. */
  public static void write(TreeSet<String> places, Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("# Place names, normalized. Built by `khabar train gazetteers` from Unicode CLDR");
    lines.add("# (territories and exemplar cities, Unicode licence), ICU4J's CLDR data, and the");
    lines.add("# LOCATION annotations of the NER training sets (see the README's attribution), and");
    lines.add("# the hand-written pakistan-places.txt.");
    lines.addAll(places);
    Files.createDirectories(file.getParent());
    Files.write(file, lines, StandardCharsets.UTF_8);
  }
}
