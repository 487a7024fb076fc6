package org.khabar.spark.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.khabar.archive.MinHash;

class LshBandsTest {

  private static final LshSettings TWO_BY_FOUR = new LshSettings(2, 4, 0.1, 100);

  @Test
  void equalSignaturesShareEveryBand() {
    long[] signature = {1, 2, 3, 4, 5, 6, 7, 8};

    assertThat(LshBands.shared(LshBands.keys(signature, TWO_BY_FOUR),
        LshBands.keys(signature.clone(), TWO_BY_FOUR))).isEqualTo(4);
  }

  @Test
  void aBandMatchesOnlyWhenAllItsRowsDo() {
    long[] a = {1, 2, 3, 4, 5, 6, 7, 8};
    long[] b = {1, 2, 3, 9, 5, 9, 9, 9};

    long[] keysA = LshBands.keys(a, TWO_BY_FOUR);
    long[] keysB = LshBands.keys(b, TWO_BY_FOUR);
    assertThat(keysA[0]).isEqualTo(keysB[0]);
    assertThat(keysA[1]).isNotEqualTo(keysB[1]);
    assertThat(LshBands.shared(keysA, keysB)).isEqualTo(1);
  }

  @Test
  void theSameRowsInAnotherBandGiveAnotherKey() {
    long[] signature = {7, 7, 7, 7, 7, 7, 7, 7};

    long[] keys = LshBands.keys(signature, TWO_BY_FOUR);
    assertThat(keys).doesNotHaveDuplicates();
  }

  @Test
  void withADateWindowOnlyReportsDatedCloseTogetherShareKeys() {
    long[] signature = {1, 2, 3, 4, 5, 6, 7, 8};
    LshSettings week = TWO_BY_FOUR.withWindowDays(7);
    LocalDate day = LocalDate.of(2014, 12, 1);

    for (int apart = -6; apart <= 6; apart++) {
      assertThat(sharedKeys(week, signature, day, day.plusDays(apart))).as("%d days", apart)
          .isGreaterThanOrEqualTo(4);
    }
    assertThat(sharedKeys(week, signature, day, day.plusDays(14))).isZero();
    assertThat(sharedKeys(week, signature, day, null)).isZero();
    assertThat(sharedKeys(week, signature, null, null)).isEqualTo(4);
    assertThat(LshBands.keys(signature, TWO_BY_FOUR, day))
        .containsExactly(LshBands.keys(signature, TWO_BY_FOUR));
  }

  private static long sharedKeys(LshSettings settings, long[] signature, LocalDate a,
      LocalDate b) {
    Set<Long> first = new HashSet<>();
    for (long key : LshBands.keys(signature, settings, a)) {
      first.add(key);
    }
    return Arrays.stream(LshBands.keys(signature, settings, b)).filter(first::contains).count();
  }

  @Test
  void settingsAreChecked() {
    assertThat(TWO_BY_FOUR.hashes()).isEqualTo(8);
    assertThatThrownBy(() -> new LshSettings(0, 4, 0.1, 100))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LshSettings(2, 4, 1.5, 100))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LshSettings(2, 4, 0.1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TWO_BY_FOUR.withWindowDays(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void similarPairsAreLikelierCandidates() {
    LshSettings settings = LshSettings.DEFAULT;

    assertThat(settings.candidateProbability(0.3)).isGreaterThan(0.99);
    assertThat(settings.candidateProbability(0.02)).isLessThan(0.05);
    assertThat(settings.candidateProbability(0.2))
        .isGreaterThan(settings.candidateProbability(0.1));
  }

  @Test
  void theSignatureStartsWithTheArchivesOne() {
    List<String> words = List.of("پوتین", "آستانہ", "مذاکرات", "شام");

    long[] longer = MinHash.signature(words, LshSettings.DEFAULT.hashes());
    assertThat(longer).hasSize(192).startsWith(MinHash.signature(words));
    assertThat(ContentWordSignature.isEmpty(MinHash.signature(List.of(), 8))).isTrue();
    assertThat(ContentWordSignature.isEmpty(longer)).isFalse();
  }
}
