package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khabar.UrduPipeline;
import org.khabar.entity.Entity;
import org.khabar.entity.EntityType;
import org.khabar.text.Document;

/** The user's example report: the names an analyst writes down, found by the shipped model. */
class TehranReportTest {

  private static Document report;

  @BeforeAll
  static void analyse() throws IOException {
    String text =
        Files.readString(Path.of("..", "examples", "tehran-geo-desk.txt"), StandardCharsets.UTF_8);
    report = UrduPipeline.full().apply(Document.of("tehran-geo-desk", text));
  }

  private static Set<String> found(EntityType type) {
    List<Entity> entities = report.get(Entity.LAYER);
    return entities.stream()
        .filter(e -> e.type() == type)
        .map(report::textOf)
        .collect(Collectors.toSet());
  }

  @Test
  void persons() {
    assertThat(found(EntityType.PERSON))
        .contains("حسن روحانی", "بشارالاسد", "سرگئی شوئیگو")
        .containsAnyOf("ولادی میر پوتین", "پوتین");
  }

  @Test
  void places() {
    assertThat(found(EntityType.LOCATION)).contains("تہران", "ایران", "شام", "روس", "قزاخستان");
  }

  @Test
  void syriaIsAPlace() {
    // «شام» (Syria) five times in the report, always a place here; never the evening.
    long syria =
        report.get(Entity.LAYER).stream()
            .filter(e -> report.textOf(e).equals("شام") && e.type() == EntityType.LOCATION)
            .count();
    assertThat(syria).isGreaterThanOrEqualTo(5);
  }

  @Test
  void anUnseenPlaceIsFoundFromItsApposition() {
    // «شام کے شمالی شہر حلب میں» makes حلب a place (AppositionPlaces), and the other two
    // «حلب» the same place (DocumentNames): حلب is in no training set and no lexicon
    List<Entity> entities = report.get(Entity.LAYER);
    assertThat(entities.stream()
            .filter(e -> e.type() == EntityType.LOCATION && report.textOf(e).equals("حلب")))
        .hasSize(3);
  }

  @Test
  void anOrganisationNoTrainingSetNamesIsFoundFromTheList() {
    // «داعش» is in no training set; the model leaves it out, and the list of the news'
    // organisations names it (KnownOrganizations)
    assertThat(found(EntityType.ORGANIZATION)).contains("داعش");
  }

  @Test
  void northernIsNoPlace() {
    // «شام کے شمالی شہر حلب»: «شمالی» (northern) alone names no place
    assertThat(found(EntityType.LOCATION)).doesNotContain("شمالی");
  }

  @Test
  void theEveningIsNoPlace() {
    Document evening = UrduPipeline.full().apply(Document.of("e", "وہ شام کو گھر واپس آئے۔"));
    assertThat(evening.get(Entity.LAYER))
        .noneMatch(e -> e.type() == EntityType.LOCATION && evening.textOf(e).equals("شام"));
  }

  @Test
  void titles() {
    assertThat(found(EntityType.DESIGNATION)).contains("صدر", "وزیر دفاع");
  }

  @Test
  void noTitleOrPlaceIsTakenForAPerson() {
    assertThat(found(EntityType.PERSON))
        .doesNotContain("صدر", "تہران", "شام", "روس", "ایران", "صدر حسن روحانی");
  }
}
