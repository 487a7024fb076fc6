package org.khabar.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.khabar.UrduPipeline;
import org.khabar.entity.Entity;
import org.khabar.text.Document;
import org.khabar.text.Metadata;

/**
 * The sentences of {@code grammar-cases.tsv}: what {@link ValueGrammar} finds in each (type, text,
 * canonical value), in particular where a word is more often something else (ایک، کل، شام، ہفتہ،
 * سو، نو).
 */
class GrammarCasesTest {

  record Case(int line, String sentence, LocalDate date, String expected) {
    @Override
    public String toString() {
      return line + ": " + sentence + (date == null ? "" : " @" + date);
    }
  }

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    try (InputStream in = GrammarCasesTest.class.getResourceAsStream("/org/khabar/value/grammar-cases.tsv")) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        LocalDate date = c[1].equals("-") ? null : LocalDate.parse(c[1]);
        cases.add(Arguments.of(new Case(number, c[0], date, c[2])));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsTheExpectedEntities(Case c) {
    Document document =
        UrduPipeline.tokens().apply(Document.of("case", c.sentence(), new Metadata(null, c.date(), null)));
    List<String> found = new ArrayList<>();
    for (Entity entity : new ValueGrammar().find(document)) {
      found.add(entity.type() + ":" + document.textOf(entity) + "=" + entity.value().canonical());
    }
    assertThat(found.isEmpty() ? "none" : String.join(" | ", found)).isEqualTo(c.expected());
  }
}
