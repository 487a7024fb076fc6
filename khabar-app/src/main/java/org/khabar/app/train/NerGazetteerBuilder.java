package org.khabar.app.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.khabar.ner.Gazetteer;

/**
 * The gazetteer baked into the named-entity model, from the lexicons of {@code ../shared/data}
 * and ICU4J's CLDR data, never from the NER annotations (a list made from the training spans
 * would fire on every training name and teach the model to trust it blindly):
 *
 * <ul>
 *   <li>place: CLDR territories and exemplar cities, ICU4J's country names, urduhack's places;
 *   <li>person, organization: urduhack's lists;
 *   <li>wikidata: the Urdu labels of the Wikidata entities (of every kind);
 *   <li>date: CLDR and ICU4J month and weekday names, CLDR relative day words, urduhack's dates;
 *   <li>number: CLDR's number words and ordinals, ICU4J's spell-out of 0 to 100 and of the
 *       powers of ten up to a billion;
 *   <li>stop: urduhack's stop words.
 * </ul>
 */
public final class NerGazetteerBuilder {

  private final Path lexicons;

  public NerGazetteerBuilder(Path data) {
    this.lexicons = data.resolve("lexicons");
  }

  public Gazetteer build() throws IOException {
    Gazetteer.Builder builder = Gazetteer.builder();
    places(builder);
    lines("urduhack/ner_persons.txt").forEach(name -> builder.add("person", name));
    lines("urduhack/ner_organizations.txt").forEach(name -> builder.add("organization", name));
    for (String line : lines("wikidata/hi_ur_wikidata_20150427.tsv")) {
      String[] columns = line.split("\t");
      if (columns.length >= 6 && !columns[0].equals("ID")) {
        builder.add("wikidata", columns[5]);
      }
    }
    dates(builder);
    numbers(builder);
    lines("urduhack/stopwords.txt").forEach(word -> builder.add("stop", word));
    return builder.build();
  }

  private void places(Gazetteer.Builder builder) throws IOException {
    JsonNode territories =
        new ObjectMapper()
            .readTree(lexicons.resolve("cldr/ur_territories.json").toFile())
            .at("/main/ur/localeDisplayNames/territories");
    for (Iterator<Map.Entry<String, JsonNode>> it = territories.fields(); it.hasNext(); ) {
      builder.add("place", it.next().getValue().asText());
    }
    for (String line : lines("cldr/ur_exemplar_cities.tsv")) {
      String[] columns = line.split("\t");
      if (columns.length == 2) {
        builder.add("place", columns[1]);
      }
    }
    ULocale urdu = new ULocale("ur");
    for (String country : ULocale.getISOCountries()) {
      builder.add("place", new ULocale("", country).getDisplayCountry(urdu));
    }
    lines("urduhack/ner_locations.txt").forEach(name -> builder.add("place", name));
  }

  private void dates(Gazetteer.Builder builder) throws IOException {
    JsonNode gregorian =
        new ObjectMapper()
            .readTree(lexicons.resolve("cldr/ur_ca-gregorian.json").toFile())
            .at("/main/ur/dates/calendars/gregorian");
    for (String part : List.of("/months/format/wide", "/days/format/wide")) {
      gregorian.at(part).forEach(name -> builder.add("date", name.asText()));
    }
    JsonNode fields =
        new ObjectMapper()
            .readTree(lexicons.resolve("cldr/ur_dateFields.json").toFile())
            .at("/main/ur/dates/fields");
    for (String field : List.of("day", "week", "month", "year")) {
      fields.path(field).fields().forEachRemaining(entry -> {
        if (entry.getKey().startsWith("relative-type") && entry.getValue().isTextual()) {
          builder.add("date", entry.getValue().asText());
        }
      });
    }
    DateFormatSymbols symbols = new DateFormatSymbols(new ULocale("ur"));
    for (String month : symbols.getMonths()) {
      builder.add("date", month);
    }
    for (String day : symbols.getWeekdays()) {
      builder.add("date", day);
    }
    lines("urduhack/ner_dates.txt").forEach(word -> builder.add("date", word));
  }

  private void numbers(Gazetteer.Builder builder) throws IOException {
    for (String file : List.of("cldr/ur_rbnf_cardinals.tsv", "cldr/ur_rbnf_ordinals.tsv")) {
      for (String line : lines(file)) {
        String[] columns = line.split("\t");
        for (int c = 1; c < columns.length; c++) {
          builder.add("number", columns[c]);
        }
      }
    }
    RuleBasedNumberFormat spellOut =
        new RuleBasedNumberFormat(new ULocale("ur"), RuleBasedNumberFormat.SPELLOUT);
    for (long n = 0; n <= 100; n++) {
      builder.add("number", spellOut.format(n));
    }
    for (long n = 1000; n <= 1_000_000_000L; n *= 10) {
      builder.add("number", spellOut.format(n));
    }
  }

  /** The lines of a lexicon file, without comments and blank lines. */
  private List<String> lines(String file) throws IOException {
    return Files.readAllLines(lexicons.resolve(file), StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(String::strip)
        .toList();
  }
}
