package org.khabar.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khabar.entity.EntityType.LOCATION;
import static org.khabar.entity.EntityType.PERSON;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.khabar.UrduPipeline;
import org.khabar.coref.EntityCluster;
import org.khabar.coref.EntityClusters;
import org.khabar.coref.NameKey;
import org.khabar.dateline.Dateline;
import org.khabar.entity.Entity;
import org.khabar.quote.Analyzed.Name;
import org.khabar.text.Document;
import org.khabar.text.Metadata;
import org.khabar.value.DateValue;
import org.khabar.value.ValueStage;

/** The user's own example: who said what in the Tehran report, with the shipped NER model. */
class TehranReportTest {

  /** The Monday the report appeared: its «اتوار کو» is the Sunday before. */
  static final LocalDate REPORT_DATE = LocalDate.of(2016, 12, 26);

  static Document doc;

  /** The same report with entities a weaker model might give (see {@link WithModelSlips}). */
  static Document slipped;

  @BeforeAll
  static void analyze() {
    doc = UrduPipeline.full().apply(Document.of("tehran", Analyzed.resource("tehran-geo-desk.txt"),
        new Metadata(null, REPORT_DATE, null)));
    slipped = Analyzed.analyze(Analyzed.resource("tehran-geo-desk.txt"),
        new Name("حسن روحانی", PERSON), new Name("ولادی میر", PERSON), new Name("پوتین", PERSON),
        new Name("سرگئی شوئیگو", PERSON), new Name("صدر", PERSON),
        new Name("بشارالاسد", PERSON), new Name("تہران", LOCATION), new Name("حلب", LOCATION),
        new Name("ایران", LOCATION), new Name("قزاخستان", LOCATION));
  }

  private static EntityCluster speaker(Document d, Statement s) {
    return s.hasSpeaker() ? d.get(EntityClusters.KEY).clusters().get(s.speaker()) : null;
  }

  private static Statement containing(Document d, String words) {
    return d.get(Statement.LAYER).stream().filter(s -> d.textOf(s).contains(words))
        .findFirst().orElseThrow(() -> new AssertionError("no statement with " + words));
  }

  private static EntityCluster cluster(String name) {
    return doc.get(EntityClusters.KEY).clusters().stream().filter(c -> c.name().equals(name))
        .findFirst().orElseThrow(() -> new AssertionError("no cluster " + name));
  }

  @Test
  void datelineIsTehranFromGeosDesk() {
    Dateline d = doc.get(Dateline.LAYER).get(0);
    assertThat(d.place()).isEqualTo("تہران");
    assertThat(d.placeEntity()).isGreaterThanOrEqualTo(0);
    assertThat(d.sources()).hasSize(1);
    assertThat(d.sources().get(0).describe()).isEqualTo("desk of Geo");
  }

  @Test
  void rouhaniSpeaksDirectlyOnSundayToTheParagraphsEnd() {
    Statement s = containing(doc, "شامی فوج کی فتح");
    assertThat(s.type()).isEqualTo(Statement.Type.DIRECT);
    assertThat(doc.textOf(s)).startsWith("شامی فوج کی فتح").endsWith("روکنا ہو گا۔");
    assertThat(speaker(doc, s).name()).isEqualTo("حسن روحانی");
    assertThat(doc.text().substring(s.dateStart(), s.dateEnd())).isEqualTo("اتوار کو");
    DateValue sunday = doc.get(ValueStage.LAYER).stream()
        .filter(v -> v.start() >= s.dateStart() && v.end() <= s.dateEnd())
        .map(v -> (DateValue) v.value()).findFirst().orElseThrow();
    assertThat(sunday.canonical()).isEqualTo("2016-12-25");
  }

  @Test
  void putinsThreeReportedStatementsAreHis() {
    for (String words : List.of("تعاون کا سلسلہ جاری رہے گا", "اس تعاون کا نتیجہ", "قزاخستان میں امن بات چیت")) {
      Statement s = containing(doc, words);
      assertThat(s.type()).isEqualTo(Statement.Type.INDIRECT);
      assertThat(speaker(doc, s).name()).as(words).isEqualTo("ولادی میر پوتین");
    }
    assertThat(doc.textOf(containing(doc, "قزاخستان"))).doesNotContain("تفصیل");
  }

  @Test
  void shoiguClaimsAbout35000RebelsKilled() {
    Statement s = containing(doc, "پینتیس ہزار باغی");
    assertThat(s.verb()).isEqualTo("دعوی کیا");
    assertThat(speaker(doc, s).name()).isEqualTo("سرگئی شوئیگو");
    assertThat(doc.text().substring(s.dateStart(), s.dateEnd())).isEqualTo("اگلے روز");
  }

  @Test
  void theIranianMediaReportIsItsAuthors() {
    Statement s = containing(doc, "دونوں صدور نے");
    assertThat(s.verb()).isEqualTo("کے مطابق");
    assertThat(speaker(doc, s).name()).isEqualTo("ایران کے سرکاری میڈیا");
  }

  @Test
  void scareQuotedTerroristsAreNoStatements() {
    assertThat(doc.get(Statement.LAYER)).noneMatch(s -> doc.textOf(s).equals("دہشت گردوں")
        || doc.textOf(s).equals("دہشت گرد"));
    assertThat(doc.get(Quotation.LAYER).stream()
        .filter(q -> q.kind() == Quotation.Kind.SCARE).map(doc::textOf).toList())
        .containsExactly("دہشت گردوں", "دہشت گرد");
  }

  @Test
  void peopleAreOneClusterEachWithTheirTitles() {
    EntityCluster putin = cluster("ولادی میر پوتین");
    assertThat(putin.type()).isEqualTo(PERSON);
    assertThat(putin.mentions().stream().map(doc::textOf).toList())
        .contains("ولادی میر پوتین", "پوتین", "ان", "انھوں");
    assertThat(putin.title()).containsAnyOf("صدر", "ہم منصب");
    assertThat(putin.latin()).contains("Putin");
    EntityCluster rouhani = cluster("حسن روحانی");
    assertThat(rouhani.mentions()).hasSize(2);
    assertThat(rouhani.title()).isEqualTo("ایران کے صدر");
    assertThat(cluster("سرگئی شوئیگو").title()).isEqualTo("روسی وزیر دفاع");
    assertThat(cluster("بشارالاسد").title()).contains("صدر");
  }

  @Test
  void placesHaveTheirLatinNames() {
    assertThat(cluster("تہران").latin()).isEqualTo("Tehran");
    assertThat(cluster("ایران").latin()).isEqualTo("Iran");
    assertThat(cluster("شام").latin()).isEqualTo("Syria");
    assertThat(cluster("روس").latin()).isEqualTo("Russia");
    assertThat(cluster("قزاخستان").latin()).isEqualTo("Kazakhstan");
    for (String place : List.of("تہران", "ایران", "شام", "روس", "قزاخستان")) {
      assertThat(cluster(place).type()).as(place).isEqualTo(LOCATION);
    }
  }

  /**
   * The same report with entities a weaker model might give, which the shipped one does not
   * show: Putin's name split in two, «ایران» found at the start of «ایران کے سرکاری میڈیا»,
   * «صدر» taken for a person, and Aleppo found. The speakers must not change.
   */
  @Nested
  class WithModelSlips {

    @Test
    void speakersStayTheSame() {
      assertThat(speaker(slipped, containing(slipped, "شامی فوج کی فتح")).name())
          .isEqualTo("حسن روحانی");
      for (String words : List.of("تعاون کا سلسلہ جاری رہے گا", "اس تعاون کا نتیجہ", "قزاخستان میں امن بات چیت")) {
        assertThat(speaker(slipped, containing(slipped, words)).name()).as(words)
            .isEqualTo("ولادی میر پوتین");
      }
      assertThat(speaker(slipped, containing(slipped, "پینتیس ہزار باغی")).name())
          .isEqualTo("سرگئی شوئیگو");
      assertThat(speaker(slipped, containing(slipped, "دونوں صدور نے")).name())
          .isEqualTo("ایران کے سرکاری میڈیا");
    }

    @Test
    void aleppoIsAPlace() {
      List<EntityCluster> clusters = slipped.get(EntityClusters.KEY).clusters();
      assertThat(clusters).anyMatch(c -> c.name().equals("حلب") && c.type() == LOCATION);
    }
  }

  /** With no entities at all, the speakers still come from the reporting clauses' phrases. */
  @Test
  void speakersWithoutAnyEntity() {
    Document bare = Analyzed.analyze(Analyzed.resource("tehran-geo-desk.txt"));
    assertThat(NameKey.sameName(speaker(bare, containing(bare, "شامی فوج کی فتح")).name(),
        "حسن روحانی")).isTrue();
    for (String words : List.of("تعاون کا سلسلہ جاری رہے گا", "اس تعاون کا نتیجہ", "قزاخستان میں امن بات چیت")) {
      assertThat(speaker(bare, containing(bare, words)).name()).as(words).isEqualTo("پوتین");
    }
    assertThat(speaker(bare, containing(bare, "پینتیس ہزار باغی")).name())
        .isEqualTo("سرگئی شوئیگو");
    assertThat(bare.get(Entity.LAYER)).isEmpty();
  }
}
