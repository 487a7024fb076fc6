package org.khabar.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.UrduPipeline;
import org.khabar.pipeline.Pipeline;
import org.khabar.text.Document;

class DatelineStageTest {

  private static final Pipeline PIPELINE = UrduPipeline.full();

  private static List<Dateline> datelines(String text) {
    return PIPELINE.apply(Document.of("d", text)).get(Dateline.LAYER);
  }

  @Test
  void aColonDatelineIsKeptWhenItsPlaceIsALocation() {
    List<Dateline> found = datelines("اسلام آباد: وفاقی حکومت نے بجٹ پیش کر دیا۔");
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.place()).isEqualTo("اسلام آباد");
      assertThat(d.placeEntity()).isNotNegative();
      assertThat(d.hasSource()).isFalse();
    });
  }

  @Test
  void aTopicBeforeAColonIsNoDateline() {
    assertThat(datelines("ایشیا کپ: پاکستان نے بھارت کو ہرا دیا۔")).isEmpty();
  }

  @Test
  void aBracketedDatelineNeedsNoEntity() {
    assertThat(datelines("میر پور(وقت نیوز) بنگلہ دیش نے میچ جیت لیا۔"))
        .singleElement().satisfies(d -> assertThat(d.hasSource()).isTrue());
  }

  @Test
  void eachOfSeveralPlacesIsLinkedToItsEntity() {
    List<Dateline> found = datelines("لاہور + اسلام آباد (وقائع نگار خصوصی) حکومت نے اجلاس بلایا۔");
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.places()).hasSize(2);
      assertThat(d.places()).allSatisfy(p -> assertThat(p.entity()).isNotNegative());
      assertThat(d.places().get(0).entity()).isNotEqualTo(d.places().get(1).entity());
    });
  }
}
