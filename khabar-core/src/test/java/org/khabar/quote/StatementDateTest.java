package org.khabar.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.UrduPipeline;
import org.khabar.entity.EntityStage;
import org.khabar.normalize.NormalizerStage;
import org.khabar.pipeline.Pipeline;
import org.khabar.sentence.SentenceStage;
import org.khabar.text.Document;
import org.khabar.text.Metadata;
import org.khabar.tokenize.TokenizerStage;
import org.khabar.value.ValueStage;

/** The date of a reporting clause: its own phrases first, then the values layer's dates. */
class StatementDateTest {

  private static final Pipeline PIPELINE = UrduPipeline.withStatements(Pipeline.builder()
      .add(new NormalizerStage()).add(new TokenizerStage()).add(new SentenceStage())
      .add(new ValueStage()).add(new EntityStage(document -> List.of()))).build();

  private static String dateOf(String text) {
    Document doc = PIPELINE.apply(Document.of("t", text, new Metadata(null, LocalDate.of(2016, 12, 26), null)));
    Statement s = doc.get(Statement.LAYER).get(0);
    return s.hasDate() ? text.substring(s.dateStart(), s.dateEnd()) : null;
  }

  @Test
  void phrasesOfTheClause() {
    assertThat(dateOf("صدر نے اتوار کو ایک بیان میں کہا کہ حالات بہتر ہیں۔")).isEqualTo("اتوار کو");
    assertThat(dateOf("وزیر نے اگلے روز دعویٰ کیا کہ حالات بہتر ہیں۔")).isEqualTo("اگلے روز");
  }

  @Test
  void datesOfTheValuesLayer() {
    assertThat(dateOf("پچھلے جمعے کو وزیر نے کہا کہ حالات بہتر ہیں۔")).isEqualTo("پچھلے جمعے");
    assertThat(dateOf("دو روز قبل وزیر نے کہا کہ حالات بہتر ہیں۔")).isEqualTo("دو روز قبل");
  }

  @Test
  void noDate() {
    assertThat(dateOf("وزیر نے کہا کہ حالات بہتر ہیں۔")).isNull();
  }
}
