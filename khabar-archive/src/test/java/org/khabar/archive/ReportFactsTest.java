package org.khabar.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.entity.Entity;
import org.khabar.entity.EntityFinder;
import org.khabar.entity.EntityType;
import org.khabar.UrduPipeline;
import org.khabar.io.Report;
import org.khabar.text.Document;

class ReportFactsTest {

  private static Document analysed(String text) {
    return TestReports.PIPELINE.apply(Document.of("r", text));
  }

  @Test
  void aPersonNamedInFullAndThenBySurnameIsFiledOnceUnderTheFullName() throws Exception {
    String tehran = Files.readString(Path.of("..", "examples", "tehran-geo-desk.txt"));
    ReportFacts facts = ReportFacts.of(analysed(tehran));
    assertThat(facts.persons()).contains("ولادی میر پوتین", "حسن روحانی", "سرگئی شوئیگو")
        .doesNotContain("پوتین", "روحانی");
  }

  @Test
  void speakersAreFiledUnderTheNameTheirClauseResolvesTo() throws Exception {
    String tehran = Files.readString(Path.of("..", "examples", "tehran-geo-desk.txt"));
    ReportFacts facts = ReportFacts.of(analysed(tehran));
    assertThat(facts.speakers()).contains("حسن روحانی", "ولادی میر پوتین", "سرگئی شوئیگو");
  }

  @Test
  void aSpeakerWithoutANameIsFiledUnderTheirOwnWords() {
    ReportFacts facts = ReportFacts.of(analysed("پولیس حکام نے کہا ہے کہ شہر میں امن ہے۔"));
    assertThat(facts.speakers()).containsExactly("پولیس حکام");
  }

  @Test
  void withoutClustersEachEntityIsFiledUnderItsOwnWordsAndNoSpeakers() {
    Document entitiesOnly = UrduPipeline.withEntities(org.khabar.ner.NerTagger.builtIn())
        .apply(Document.of("r", "وزیر اعظم نواز شریف لاہور پہنچ گئے۔"));
    ReportFacts facts = ReportFacts.of(entitiesOnly);
    assertThat(facts.persons()).containsExactly("نواز شریف");
    assertThat(facts.places()).containsExactly("لاہور");
    assertThat(facts.speakers()).isEmpty();
  }

  @Test
  void filedReportsCarryTheSpeakers() {
    Report report = new Report("q", null, "پولیس حکام نے کہا ہے کہ شہر میں امن ہے۔", null, null,
        java.util.Map.of());
    FiledReport filed = FiledReport.of(report, TestReports.PIPELINE.apply(report.toDocument()));
    assertThat(filed.names().get(ArchiveFields.SPEAKER)).containsExactly("پولیس حکام");
  }

  /** The text analysed with the given entities instead of the model's: [start, end, type]... */
  private static Document withEntities(String text, Object... spans) {
    EntityFinder handMade = document -> {
      List<Entity> entities = new ArrayList<>();
      for (int i = 0; i < spans.length; i += 3) {
        entities.add(new Entity((int) spans[i], (int) spans[i + 1], (EntityType) spans[i + 2],
            null, Entity.Origin.MODEL));
      }
      return entities;
    };
    return UrduPipeline.full(handMade).apply(Document.of("r", text));
  }

  @Test
  void aTitleTakenForAPersonIsNoPersonAndJoinedWordsAreFiledSpaced() {
    String text = "وزیراعظم نے لاہور میں خطاب کیا۔ وزیراعظم ہاؤس سے بیان جاری ہوا۔";
    int second = text.lastIndexOf("وزیراعظم");
    ReportFacts facts = ReportFacts.of(withEntities(text,
        0, 8, EntityType.PERSON, second, second + 8, EntityType.DESIGNATION));
    assertThat(facts.persons()).isEmpty();
    assertThat(facts.titles()).containsExactly("وزیر اعظم");
  }

  @Test
  void aWordOfANameIsNotSplitIntoFunctionWords() {
    // «ریڈ کراس کمیٹی»: کراس (cross) is no joined «کر اس»
    String text = "ریڈ کراس کمیٹی نے امداد بھیجی۔";
    ReportFacts facts = ReportFacts.of(withEntities(text, 0, 14, EntityType.ORGANIZATION));
    assertThat(facts.organizations()).containsExactly("ریڈ کراس کمیٹی");
  }

  @Test
  void aNameIsFiledAsAPerson() {
    assertThat(ReportFacts.isTitleOnly("نواز شریف")).isFalse();
    assertThat(ReportFacts.isTitleOnly("وزیر اعظم")).isTrue();
    assertThat(ReportFacts.isTitleOnly("صدر")).isTrue();
  }

  @Test
  void aDocumentIsNoSpeaker() {
    Document document = analysed(
        "جاری کردہ بیان میں کہا گیا ہے کہ شہر میں امن ہے۔ پولیس حکام نے کہا کہ سڑکیں کھلی ہیں۔");
    var clusters = document.get(org.khabar.coref.EntityClusters.KEY).clusters();
    assertThat(document.get(org.khabar.quote.Statement.LAYER))
        .as("the pipeline gives the statement the document as its speaker")
        .anySatisfy(s -> assertThat(clusters.get(s.speaker()).name()).endsWith("بیان"));
    assertThat(ReportFacts.of(document).speakers()).containsExactly("پولیس حکام");
  }
}
