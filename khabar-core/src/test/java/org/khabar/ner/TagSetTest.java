package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.entity.EntityType;

class TagSetTest {

  @Test
  void encodesAndDecodesTitleAndName() {
    // «صدر حسن روحانی نے»: U-DESIGNATION B-PERSON L-PERSON O
    List<TagSet.TokenSpan> spans =
        List.of(
            new TagSet.TokenSpan(0, 1, EntityType.DESIGNATION),
            new TagSet.TokenSpan(1, 3, EntityType.PERSON));
    int[] tags = TagSet.encode(spans, 4);
    assertThat(tags)
        .containsExactly(
            TagSet.tag(EntityType.DESIGNATION, TagSet.U),
            TagSet.tag(EntityType.PERSON, TagSet.B),
            TagSet.tag(EntityType.PERSON, TagSet.L),
            TagSet.O);
    assertThat(TagSet.decode(tags, 4)).isEqualTo(spans);
  }

  @Test
  void touchingSpansOfOneTypeStayApart() {
    List<TagSet.TokenSpan> spans =
        List.of(
            new TagSet.TokenSpan(0, 2, EntityType.PERSON),
            new TagSet.TokenSpan(2, 4, EntityType.PERSON));
    assertThat(TagSet.decode(TagSet.encode(spans, 4), 4)).isEqualTo(spans);
  }

  @Test
  void onlyWellFormedTransitions() {
    int beginPerson = TagSet.tag(EntityType.PERSON, TagSet.B);
    int insidePerson = TagSet.tag(EntityType.PERSON, TagSet.I);
    int lastPlace = TagSet.tag(EntityType.LOCATION, TagSet.L);
    assertThat(TagSet.canFollow(TagSet.O, insidePerson)).isFalse();
    assertThat(TagSet.canFollow(beginPerson, insidePerson)).isTrue();
    assertThat(TagSet.canFollow(beginPerson, lastPlace)).isFalse();
    assertThat(TagSet.canFollow(beginPerson, TagSet.O)).isFalse();
    assertThat(TagSet.name(beginPerson)).isEqualTo("B-PERSON");
  }

  @Test
  void lenientDecodingOfBrokenSequences() {
    int insidePerson = TagSet.tag(EntityType.PERSON, TagSet.I);
    assertThat(TagSet.decode(new int[] {insidePerson, insidePerson, TagSet.O}, 3))
        .containsExactly(new TagSet.TokenSpan(0, 2, EntityType.PERSON));
  }
}
