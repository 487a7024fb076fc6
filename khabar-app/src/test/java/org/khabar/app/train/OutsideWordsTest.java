package org.khabar.app.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.app.eval.NerGold;
import org.khabar.entity.EntityType;

class OutsideWordsTest {

  /** «مالی» 20 times outside, once the country; «مالی» alone is listed, «پاکستان» is not. */
  private static List<NerGold.Sentence> lines(int outside, int inside) {
    List<NerGold.Sentence> lines = new ArrayList<>();
    for (int i = 0; i < outside; i++) {
      lines.add(new NerGold.Sentence("o" + i, "مالی بحران پاکستان میں", List.of(
          new NerGold.Span(11, 18, EntityType.LOCATION))));
    }
    for (int i = 0; i < inside; i++) {
      lines.add(new NerGold.Sentence("i" + i, "مالی افریقہ میں ہے", List.of(
          new NerGold.Span(0, 4, EntityType.LOCATION))));
    }
    return lines;
  }

  @Test
  void aWordMostlyOutsideEntitiesIsListed() {
    List<String> words = new OutsideWords().addAll(lines(20, 1)).words();
    assertThat(words).contains("مالی", "بحران", "میں").doesNotContain("پاکستان");
  }

  @Test
  void aWordOftenInsideOrRarelySeenIsNot() {
    assertThat(new OutsideWords().addAll(lines(18, 3)).words()).doesNotContain("مالی");
    assertThat(new OutsideWords().addAll(lines(10, 0)).words()).isEmpty();
  }

  @Test
  void theListIsAWordListResource(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("outside-words.txt");
    new OutsideWords().addAll(lines(20, 0)).write(file);
    List<String> text = Files.readAllLines(file);
    assertThat(text.get(0)).startsWith("#");
    assertThat(text).contains("مالی");
  }
}
