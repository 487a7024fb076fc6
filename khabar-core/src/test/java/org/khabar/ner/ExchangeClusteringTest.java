package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExchangeClusteringTest {

  /** Names followed by «نے کہا», places by «میں رہتے ہیں». */
  private static List<List<String>> corpus() {
    List<List<String>> sentences = new ArrayList<>();
    for (int k = 0; k < 5; k++) {
      for (String name : List.of("روحانی", "پوتین", "شوئیگو")) {
        sentences.add(List.of(name, "نے", "کہا"));
      }
      for (String place : List.of("تہران", "حلب", "ماسکو")) {
        sentences.add(List.of("لوگ", place, "میں", "رہتے", "ہیں"));
      }
    }
    return sentences;
  }

  @Test
  void wordsInTheSameCompanyShareAClass() {
    WordClusters clusters = new ExchangeClustering(4, 2, 10).cluster(corpus());
    assertThat(clusters.rightClassOf("پوتین")).isEqualTo(clusters.rightClassOf("روحانی"));
    assertThat(clusters.rightClassOf("شوئیگو")).isEqualTo(clusters.rightClassOf("روحانی"));
    assertThat(clusters.rightClassOf("حلب")).isEqualTo(clusters.rightClassOf("تہران"));
    assertThat(clusters.rightClassOf("حلب")).isNotEqualTo(clusters.rightClassOf("روحانی"));
    assertThat(clusters.rightClassOf("نامعلوم")).isEqualTo(WordClusters.UNKNOWN);
  }

  @Test
  void sameTextSameClasses() {
    assertThat(new ExchangeClustering(4, 2, 10).cluster(corpus()))
        .isEqualTo(new ExchangeClustering(4, 2, 10).cluster(corpus()));
  }
}
