package org.khabar.spark.rows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.khabar.UrduPipeline;
import org.khabar.entity.Entity;
import org.khabar.entity.EntityType;
import org.khabar.pipeline.Pipeline;
import org.khabar.pipeline.Stage;
import org.khabar.sentence.Sentence;
import org.khabar.text.Document;
import org.khabar.text.Key;
import org.khabar.text.Layer;
import org.khabar.text.Metadata;
import org.khabar.tokenize.Token;
import org.khabar.value.ValueParser;

/**
 * The rows of a report analysed with hand-made entities (a PERSON and a NUMBER) in place of the
 * NER model, which is not in this branch yet: names, values, datelines and speakers.
 */
class DocumentRowsTest {

  private static final String TEXT = "لاہور (نمائندہ خصوصی) وزیر اعلی شہباز شریف نے کہا ہے کہ"
      + " صوبے میں پینتیس ہزار نئے اسکول کھولے جائیں گے۔";

  /** Adds a PERSON at شہباز شریف and a NUMBER, with its value, at پینتیس ہزار. */
  private static final class HandMadeEntities implements Stage {
    @Override
    public String name() {
      return "hand-made entities";
    }

    @Override
    public Set<Key<?>> requires() {
      return Set.of(Token.LAYER, Sentence.LAYER);
    }

    @Override
    public Set<Key<?>> produces() {
      return Set.of(Entity.LAYER);
    }

    @Override
    public Document apply(Document document) {
      String text = document.text();
      int person = text.indexOf("شہباز شریف");
      int number = text.indexOf("پینتیس ہزار");
      Entity name = new Entity(person, person + "شہباز شریف".length(), EntityType.PERSON, null,
          Entity.Origin.MODEL);
      Entity count = ValueParser.withValue(document, new Entity(number,
          number + "پینتیس ہزار".length(), EntityType.NUMBER, null, Entity.Origin.MODEL));
      return document.with(Entity.LAYER, Layer.of(List.of(name, count), text.length()));
    }
  }

  private static Document analysed() {
    Pipeline.Builder builder = Pipeline.builder();
    UrduPipeline.tokens().stages().forEach(builder::add);
    builder.add(new HandMadeEntities());
    Pipeline pipeline = UrduPipeline.withStatements(builder).build();
    return pipeline.apply(Document.of("lahore-schools", TEXT,
        new Metadata("اسکول", LocalDate.of(2016, 3, 1), "sample")));
  }

  @Test
  void aNameIsAMentionOfItsClusterAndANumberAnEntityWithItsValue() {
    List<MentionRow> mentions = DocumentRows.mentions(analysed());

    assertThat(mentions).anySatisfy(m -> {
      assertThat(m.getText()).isEqualTo("شہباز شریف");
      assertThat(m.getKind()).isEqualTo("name");
      assertThat(m.getType()).isEqualTo("PERSON");
      assertThat(m.getCluster()).isNotNull();
      assertThat(m.getName()).isEqualTo("شہباز شریف");
      assertThat(m.getValue()).isNull();
    });
    assertThat(mentions).anySatisfy(m -> {
      assertThat(m.getText()).isEqualTo("پینتیس ہزار");
      assertThat(m.getKind()).isEqualTo("entity");
      assertThat(m.getType()).isEqualTo("NUMBER");
      assertThat(m.getCluster()).isNull();
      assertThat(m.getValue()).isEqualTo("35000");
    });
    assertThat(mentions).anySatisfy(m -> {
      assertThat(m.getText()).isEqualTo("لاہور");
      assertThat(m.getKind()).isEqualTo("dateline");
      assertThat(m.getType()).isEqualTo("LOCATION");
    });
    assertThat(mentions).extracting(MentionRow::getReportId).containsOnly("lahore-schools");
  }

  @Test
  void aStatementNamesItsSpeakersCluster() {
    List<StatementRow> statements = DocumentRows.statements(analysed());

    assertThat(statements).singleElement().satisfies(s -> {
      assertThat(s.getIndex()).isZero();
      assertThat(s.getType()).isEqualTo("indirect");
      assertThat(s.getVerb()).isEqualTo("کہا");
      assertThat(s.getSpeakerName()).isEqualTo("شہباز شریف");
      assertThat(s.getSpeakerText()).contains("شہباز شریف");
      assertThat(TEXT.substring(s.getStart(), s.getEnd())).isEqualTo(s.getText());
    });
  }

  @Test
  void theReportRowHasTheMetadataTheDatelineAndTheCounts() {
    Document document = analysed();
    ReportRow row = DocumentRows.report(document, 7);

    assertThat(row.getId()).isEqualTo("lahore-schools");
    assertThat(row.getHeadline()).isEqualTo("اسکول");
    assertThat(row.getDate()).isEqualTo(LocalDate.of(2016, 3, 1));
    assertThat(row.getSource()).isEqualTo("sample");
    assertThat(row.getLength()).isEqualTo(TEXT.length());
    assertThat(row.getEntities()).isEqualTo(2);
    assertThat(row.getStatements()).isEqualTo(1);
    assertThat(row.getMentions()).isEqualTo(7);
    assertThat(row.getSentences()).isEqualTo(1);
    assertThat(row.getDateline().getPlace()).isEqualTo("لاہور");
    assertThat(row.getDateline().getSources()).singleElement()
        .extracting(SourcePart::getKind).isEqualTo("correspondent");
    assertThat(row.getDateline().getDateText()).isNull();
  }

  @Test
  void aReportWithoutADatelineHasNone() {
    Document document = UrduPipeline.full().apply(Document.of("plain", "بارش ہوئی۔"));

    assertThat(DocumentRows.report(document, 0).getDateline()).isNull();
    assertThat(DocumentRows.mentions(document)).isEmpty();
  }
}
