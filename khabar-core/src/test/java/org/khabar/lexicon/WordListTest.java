package org.khabar.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WordListTest {

  @Test
  void entriesAreNormalizedAndCommentsAndBlankLinesSkipped() throws Exception {
    String content = "# places\nكراچی\n\n  اسلام   آباد  # the capital\nدعویٰ\n";
    WordList list =
        WordList.read("test", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    assertThat(list.entries()).containsExactlyInAnyOrder("کراچی", "اسلام آباد", "دعوی");
    assertThat(list.contains("کراچی")).isTrue();
    assertThat(list.size()).isEqualTo(3);
    assertThat(list.longestPhrase()).isEqualTo(2);
    assertThat(list.name()).isEqualTo("test");
  }

  @Test
  void shippedPlaceListLoads() {
    WordList places = WordList.load("places");
    assertThat(places.contains("لاہور")).isTrue();
    assertThat(places.size()).isGreaterThan(500);
  }

  @Test
  void missingListFailsWithItsName() {
    assertThatThrownBy(() -> WordList.load("no-such-list"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no-such-list");
  }
}
