package org.khabar.quote;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.khabar.coref.EntityClusters;
import org.khabar.dateline.Dateline;
import org.khabar.entity.EntityType;
import org.khabar.text.Document;

/** Unbalanced marks, all-quote reports, lonely pronouns and misplaced datelines. */
class BadInputTest {

  @Test
  void strayAndUnbalancedMarks() {
    Document doc = Analyzed.analyze("” انہوں نے کہا کہ ’’ ہم آئیں گے” ’ ۔\n” ’ ‘ \" ''");
    assertThat(doc.get(Statement.LAYER)).hasSize(1);
    assertThat(doc.textOf(doc.get(Statement.LAYER).get(0))).contains("ہم آئیں گے");
  }

  @Test
  void aReportThatIsAllQuotes() {
    Document doc = Analyzed.analyze("”ہم رہنما ہیں اور ہم ہی رہنما رہیں گے۔ یہ ہمارا وعدہ ہے۔”");
    assertThat(doc.get(Statement.LAYER)).isEmpty();
    assertThat(doc.get(Quotation.LAYER)).singleElement()
        .extracting(Quotation::kind).isEqualTo(Quotation.Kind.UNATTRIBUTED);
  }

  @Test
  void aPronounWithNoAntecedent() {
    Document doc = Analyzed.analyze("انہوں نے کہا کہ حالات بہتر ہیں۔");
    Statement s = doc.get(Statement.LAYER).get(0);
    assertThat(s.hasSpeaker()).isFalse();
    assertThat(doc.text().substring(s.speakerStart(), s.speakerEnd())).isEqualTo("انہوں");
  }

  @Test
  void aDatelineLikeLineInTheMiddle() {
    Document doc = Analyzed.analyze("بنگلہ دیش جیت گیا۔\nڈھاکہ ۔ یکم دسمبر (اے پی پی) میچ ہوا۔");
    assertThat(doc.get(Dateline.LAYER)).isEmpty();
  }

  @Property(tries = 200)
  void statementsLieInTheTextAndSpeakersAreClusters(@ForAll("messy") String text) {
    Document doc = Analyzed.analyze(text);
    EntityClusters clusters = doc.get(EntityClusters.KEY);
    for (Statement s : doc.get(Statement.LAYER)) {
      assertThat(s.start()).isBetween(0, text.length());
      assertThat(s.end()).isBetween(s.start(), text.length());
      if (s.hasSpeaker()) {
        assertThat(s.speaker()).isBetween(0, clusters.clusters().size() - 1);
      }
    }
  }

  @Property(tries = 200)
  void theSameWithEntitiesTheModelMightGive(@ForAll("messy") String text) {
    Document doc = Analyzed.analyze(text, new Analyzed.Name("صدر پوتین", EntityType.PERSON),
        new Analyzed.Name("پوتین", EntityType.PERSON), new Analyzed.Name("صدر", EntityType.PERSON),
        new Analyzed.Name("وزیر اعظم", EntityType.DESIGNATION),
        new Analyzed.Name("پولیس", EntityType.ORGANIZATION),
        new Analyzed.Name("اے پی پی", EntityType.ORGANIZATION),
        new Analyzed.Name("تہران", EntityType.LOCATION));
    EntityClusters clusters = doc.get(EntityClusters.KEY);
    for (Statement s : doc.get(Statement.LAYER)) {
      assertThat(s.end()).isBetween(s.start(), text.length());
      if (s.hasSpeaker()) {
        assertThat(s.speaker()).isBetween(0, clusters.clusters().size() - 1);
      }
    }
    for (var cluster : clusters.clusters()) {
      assertThat(cluster.mentions()).isNotEmpty();
      assertThat(cluster.mentions()).allMatch(m -> m.cluster() == cluster.id());
    }
  }

  @Provide
  Arbitrary<String> messy() {
    Arbitrary<String> pieces = Arbitraries.of(
        "انہوں", "نے", "کہا", "کہ", "ان", "کا", "کہنا", "تھا", "کے", "مطابق", "بقول", "پولیس",
        "صدر", "پوتین", "وزیر اعظم", "حکام", "”", "“", "’", "‘", "\"", "'", "''", "۔", "،", "\n",
        "(", ")", "تہران", "یکم دسمبر", "اے پی پی", "دعویٰ کیا", "نہیں", "بتایا", " ", "ہے");
    return pieces.list().ofMaxSize(40).map(list -> String.join(" ", list));
  }
}
