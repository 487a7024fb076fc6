package org.khabar.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khabar.entity.EntityType.LOCATION;
import static org.khabar.entity.EntityType.PERSON;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khabar.coref.EntityCluster;
import org.khabar.coref.EntityClusters;
import org.khabar.dateline.Dateline;
import org.khabar.quote.Analyzed.Name;
import org.khabar.text.Document;

/** The user's own example: who said what in the Tehran report (hand-made person entities). */
class TehranReportTest {

  static Document doc;

  @BeforeAll
  static void analyze() {
    doc = Analyzed.analyze(Analyzed.resource("tehran-geo-desk.txt"),
        new Name("حسن روحانی", PERSON), new Name("ولادی میر پوتین", PERSON),
        new Name("پوتین", PERSON), new Name("سرگئی شوئیگو", PERSON),
        new Name("بشارالاسد", PERSON), new Name("تہران", LOCATION), new Name("حلب", LOCATION),
        new Name("قزاخستان", LOCATION));
  }

  private static String speaker(Statement s) {
    return s.hasSpeaker() ? doc.get(EntityClusters.KEY).clusters().get(s.speaker()).name() : null;
  }

  private static Statement containing(String words) {
    return doc.get(Statement.LAYER).stream().filter(s -> doc.textOf(s).contains(words))
        .findFirst().orElseThrow(() -> new AssertionError("no statement with " + words));
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
    Statement s = containing("شامی فوج کی فتح");
    assertThat(s.type()).isEqualTo(Statement.Type.DIRECT);
    assertThat(doc.textOf(s)).startsWith("شامی فوج کی فتح").endsWith("روکنا ہو گا۔");
    assertThat(speaker(s)).isEqualTo("حسن روحانی");
    assertThat(doc.text().substring(s.dateStart(), s.dateEnd())).isEqualTo("اتوار کو");
  }

  @Test
  void putinsThreeReportedStatementsAreHis() {
    for (String words : List.of("تعاون کا سلسلہ جاری رہے گا", "اس تعاون کا نتیجہ", "قزاخستان میں امن بات چیت")) {
      Statement s = containing(words);
      assertThat(s.type()).isEqualTo(Statement.Type.INDIRECT);
      assertThat(speaker(s)).as(words).isEqualTo("ولادی میر پوتین");
    }
    assertThat(doc.textOf(containing("قزاخستان"))).doesNotContain("تفصیل");
  }

  @Test
  void shoiguClaimsAbout35000RebelsKilled() {
    Statement s = containing("پینتیس ہزار باغی");
    assertThat(s.verb()).isEqualTo("دعوی کیا");
    assertThat(speaker(s)).isEqualTo("سرگئی شوئیگو");
    assertThat(doc.text().substring(s.dateStart(), s.dateEnd())).isEqualTo("اگلے روز");
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
  void putinAndRouhaniAreOneClusterEach() {
    List<EntityCluster> clusters = doc.get(EntityClusters.KEY).clusters();
    EntityCluster putin = clusters.stream().filter(c -> c.name().equals("ولادی میر پوتین")).findFirst().orElseThrow();
    assertThat(putin.mentions().stream().map(doc::textOf).toList())
        .contains("ولادی میر پوتین", "پوتین", "انھوں");
    assertThat(putin.latin()).contains("Putin");
    EntityCluster rouhani = clusters.stream().filter(c -> c.name().equals("حسن روحانی")).findFirst().orElseThrow();
    assertThat(rouhani.mentions()).hasSize(2);
    assertThat(rouhani.title()).isEqualTo("ایران کے صدر");
    EntityCluster tehran = clusters.stream().filter(c -> c.name().equals("تہران")).findFirst().orElseThrow();
    assertThat(tehran.latin()).isEqualTo("Tehran");
  }
}
