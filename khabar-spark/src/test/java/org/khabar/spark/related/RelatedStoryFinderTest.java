package org.khabar.spark.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelatedStoryFinderTest {

  @Test
  void aBucketGivesEveryPairOnceSmallerIdFirst() {
    assertThat(RelatedStoryFinder.pairsOf(List.of("c", "a", "b", "a")))
        .extracting(p -> p.getReportId() + "-" + p.getRelatedId())
        .containsExactly("a-b", "a-c", "b-c");
    assertThat(RelatedStoryFinder.pairsOf(List.of("a"))).isEmpty();
  }

  @Test
  void aReportWithoutContentWordsIsInNoBucket() {
    SignatureRow empty = new SignatureRow();
    empty.setId("empty");
    empty.setSignature(ContentWordSignature.toBytes(new long[] {Long.MAX_VALUE, Long.MAX_VALUE,
        Long.MAX_VALUE, Long.MAX_VALUE}));
    SignatureRow words = new SignatureRow();
    words.setId("words");
    words.setSignature(ContentWordSignature.toBytes(new long[] {1, 2, 3, 4}));
    LshSettings settings = new LshSettings(2, 2, 0.1, 10);

    assertThat(RelatedStoryFinder.bandEntries(empty, settings)).isEmpty();
    assertThat(RelatedStoryFinder.bandEntries(words, settings))
        .extracting(BandEntry::getBand).containsExactly(0, 1);
  }

  @Test
  void similarityFromBytesIsTheShareOfEqualHashes() {
    long[] a = {1, 2, 3, Long.MAX_VALUE};
    long[] b = {1, 5, 3, Long.MAX_VALUE};

    assertThat(ContentWordSignature.similarity(ContentWordSignature.toBytes(a),
        ContentWordSignature.toBytes(b))).isEqualTo(0.5)
        .isEqualTo(ContentWordSignature.similarity(a, b));
    assertThat(ContentWordSignature.fromBytes(ContentWordSignature.toBytes(a))).containsExactly(a);
  }

  @Test
  void aBucketPastItsLimitOverflowsAndKeepsNoIds() {
    CappedBucket bucket = new CappedBucket(3);
    BucketMembers small = bucket.reduce(bucket.reduce(bucket.zero(), "a"), "b");
    BucketMembers other = bucket.reduce(bucket.reduce(bucket.zero(), "c"), "d");

    assertThat(small.getIds()).containsExactly("a", "b");
    assertThat(small.isOverflow()).isFalse();
    BucketMembers merged = bucket.merge(small, other);
    assertThat(merged.isOverflow()).isTrue();
    assertThat(merged.getIds()).isEmpty();
    assertThat(bucket.reduce(merged, "e").isOverflow()).isTrue();
  }
}
