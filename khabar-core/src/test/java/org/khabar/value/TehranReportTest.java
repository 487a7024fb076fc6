package org.khabar.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.khabar.UrduPipeline;
import org.khabar.entity.Entity;
import org.khabar.entity.EntityType;
import org.khabar.text.Document;
import org.khabar.text.Metadata;

/** The user's example report, {@code examples/tehran-geo-desk.txt}, through tokens and the grammar. */
class TehranReportTest {

  /** A Sunday: the report tells of a call on the night from Saturday and a statement on Sunday. */
  private static final LocalDate REPORT_DATE = LocalDate.of(2016, 12, 25);

  private static String report() throws IOException {
    Path project = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
    return Files.readString(project.resolve("examples/tehran-geo-desk.txt"), StandardCharsets.UTF_8);
  }

  private static Map<String, Entity> found(LocalDate date) throws IOException {
    Document document =
        UrduPipeline.tokens().apply(Document.of("tehran", report(), new Metadata(null, date, null)));
    return new ValueGrammar()
        .find(document).stream()
            .collect(Collectors.toMap(document::textOf, Function.identity(), (a, b) -> a));
  }

  @Test
  void findsTheDatesAndNumbersOfTheReport() throws IOException {
    Map<String, Entity> found = found(REPORT_DATE);

    assertThat(found.get("30 ستمبر2015ء").value()).isEqualTo(DateValue.day(LocalDate.of(2015, 9, 30)));
    assertThat(found.get("ستمبر 2015ء").value()).isEqualTo(DateValue.month(2015, 9));
    assertThat(found.get("سنہ 2012ء").value()).isEqualTo(DateValue.year(2012));
    assertThat(found.get("ایک تہائی").value()).isEqualTo(NumberValue.fraction(1, 3));
    NumberValue fighters = (NumberValue) found.get("پینتیس ہزار").value();
    assertThat(fighters.canonical()).isEqualTo("35000");
    assertThat(fighters.approximation()).isEqualTo(Approximation.ABOUT);
    assertThat(fighters.qualifier()).isEqualTo("قریبا");
    assertThat(found.values()).allMatch(e -> e.origin() == Entity.Origin.GRAMMAR);
  }

  @Test
  void resolvesTheWeekdaysAgainstTheReportDate() throws IOException {
    Map<String, Entity> found = found(REPORT_DATE);

    DateValue sunday = (DateValue) found.get("اتوار").value();
    assertThat(sunday.canonical()).isEqualTo("2016-12-25");
    assertThat(sunday.relation().weekday()).isEqualTo(java.time.DayOfWeek.SUNDAY);
    assertThat(found.get("ہفتے اور اتوار کی درمیانی شب").value().canonical())
        .isEqualTo("2016-12-24TNI");
    assertThat(found.get("اسی ہفتے").value().canonical()).isEqualTo("2016-W51");
  }

  @Test
  void sundayIsTheOneBeforeALaterReport() throws IOException {
    DateValue sunday = (DateValue) found(LocalDate.of(2016, 12, 27)).get("اتوار").value();

    assertThat(sunday.canonical()).isEqualTo("2016-12-25");
  }

  @Test
  void withoutAReportDateTheWeekdayStaysUnresolvedButTyped() throws IOException {
    DateValue sunday = (DateValue) found(null).get("اتوار").value();

    assertThat(sunday.resolved()).isFalse();
    assertThat(sunday.canonical()).isEqualTo("XXXX-WXX-7");
    assertThat(sunday.relation().describe()).isEqualTo("the Sunday on or before the report date");
  }

  @Test
  void leavesTheArticleSyriaAndOtherAlone() throws IOException {
    String text = report();
    Document document =
        UrduPipeline.tokens()
            .apply(Document.of("tehran", text, new Metadata(null, REPORT_DATE, null)));
    List<String> found =
        new ValueGrammar().find(document).stream().map(document::textOf).toList();

    assertThat(found).doesNotContain("ایک", "شام", "سوا", "ہزاروں", "اگلے");
    // دوسرے is "other" twice (دوسرے علاقوں، دوسرے گروپوں) and "second" once (دوسرے بڑے شہر)
    assertThat(found).containsOnlyOnce("دوسرے");
    int second = text.indexOf("دوسرے بڑے شہر");
    assertThat(
            new ValueGrammar().find(document).stream()
                .filter(e -> e.start() == second)
                .map(Entity::type))
        .containsExactly(EntityType.NUMBER);
  }

  @Test
  void findsNoTimesInTheReport() throws IOException {
    assertThat(found(REPORT_DATE).values()).noneMatch(e -> e.type() == EntityType.TIME);
  }
}
