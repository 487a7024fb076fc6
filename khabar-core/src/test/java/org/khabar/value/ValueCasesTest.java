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
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.khabar.entity.EntityType;

/**
 * The value cases of {@code value-cases.tsv}: an expression, the report date, the canonical
 * value and details (approximation, ordinal, resolution, part of the day...), parsed with {@link
 * ValueParser#parse(EntityType, String, LocalDate)}.
 */
class ValueCasesTest {

  private static final String RESOURCE = "/org/khabar/value/value-cases.tsv";

  record Case(int line, EntityType type, String expression, LocalDate date, String canonical, String details) {
    @Override
    public String toString() {
      return line + ": " + type + " " + expression + (date == null ? "" : " @" + date) + " → " + canonical;
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = ValueCasesTest.class.getResourceAsStream(RESOURCE)) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        cases.add(
            new Case(
                number,
                EntityType.valueOf(c[0]),
                c[1],
                c[2].equals("-") ? null : LocalDate.parse(c[2]),
                c[3],
                c.length > 4 ? c[4] : ""));
      }
    }
    return cases;
  }

  static Stream<Arguments> arguments() throws IOException {
    return cases().stream().map(Arguments::of);
  }

  @Test
  void theFixtureHasAtLeastTwoHundredCases() throws IOException {
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(200);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("arguments")
  void parsesTheExpression(Case c) {
    Optional<Value> value = ValueParser.parse(c.type(), c.expression(), c.date());
    if (c.canonical().equals("-")) {
      assertThat(value).isEmpty();
      return;
    }
    assertThat(value).isPresent();
    assertThat(value.get().canonical()).isEqualTo(c.canonical());
    SoftAssertions softly = new SoftAssertions();
    for (String detail : c.details().split(" ")) {
      if (!detail.isEmpty()) {
        check(softly, value.get(), detail);
      }
    }
    softly.assertAll();
  }

  private static void check(SoftAssertions softly, Value value, String detail) {
    int eq = detail.indexOf('=');
    String key = eq < 0 ? detail : detail.substring(0, eq);
    String expected = eq < 0 ? "" : detail.substring(eq + 1);
    switch (key) {
      case "approx" -> softly.assertThat(((NumberValue) value).approximation().name()).isEqualTo(expected);
      case "qualifier" ->
          softly.assertThat(((NumberValue) value).qualifier()).isEqualTo(expected.replace('_', ' '));
      case "ordinal" -> softly.assertThat(((NumberValue) value).ordinal()).as("ordinal").isTrue();
      case "cardinal" -> softly.assertThat(((NumberValue) value).ordinal()).as("ordinal").isFalse();
      case "resolved" -> softly.assertThat(((DateValue) value).resolved()).as("resolved").isTrue();
      case "unresolved" -> softly.assertThat(((DateValue) value).resolved()).as("resolved").isFalse();
      case "hijri" -> softly.assertThat(((DateValue) value).hijri()).isEqualTo(expected);
      case "relation" -> softly.assertThat(((DateValue) value).relation().code()).isEqualTo(expected);
      case "halfday" ->
          softly.assertThat(((TimeValue) value).halfDayKnown()).isEqualTo(expected.equals("known"));
      case "daypart" -> {
        DayPart part =
            value instanceof TimeValue time ? time.dayPart() : ((DateValue) value).dayPart();
        softly.assertThat(part).isEqualTo(DayPart.valueOf(expected));
      }
      default -> throw new IllegalArgumentException("unknown detail " + detail);
    }
  }
}
