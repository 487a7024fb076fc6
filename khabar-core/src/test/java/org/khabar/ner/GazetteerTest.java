package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GazetteerTest {

  private static long[] hashes(String... words) {
    long[] result = new long[words.length];
    for (int i = 0; i < words.length; i++) {
      result[i] = Hashing.of(words[i]);
    }
    return result;
  }

  private static int code(int codes, int category) {
    return (codes >>> (3 * category)) & 7;
  }

  @Test
  void longestPhraseWinsWithItsPositions() {
    Gazetteer gazetteer =
        Gazetteer.builder()
            .add("person", "پوتین")
            .add("person", "ولادی میر پوتین")
            .add("place", "شام")
            .build();
    int[] codes = gazetteer.match(hashes("ولادی", "میر", "پوتین", "نے", "شام"), 5);
    assertThat(code(codes[0], 0)).isEqualTo(1 + TagSet.B);
    assertThat(code(codes[1], 0)).isEqualTo(1 + TagSet.I);
    assertThat(code(codes[2], 0)).isEqualTo(1 + TagSet.L);
    assertThat(codes[3]).isZero();
    assertThat(code(codes[4], 1)).isEqualTo(1 + TagSet.U);
    assertThat(code(codes[4], 0)).isZero();
  }

  @Test
  void entriesAreNormalizedLikeText() {
    // Arabic yeh and kaf in the list still match the Urdu letters of the text.
    Gazetteer gazetteer = Gazetteer.builder().add("place", "كراچي").build();
    assertThat(gazetteer.entries(0)).containsExactly("کراچی");
    assertThat(gazetteer.match(hashes("کراچی"), 1)[0]).isNotZero();
  }

  @Test
  void blankEntriesAreSkipped() {
    Gazetteer gazetteer = Gazetteer.builder().add("place", "  ").build();
    assertThat(gazetteer.entries(0)).isEmpty();
  }
}
