package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.khabar.UrduPipeline;
import org.khabar.entity.Entity;
import org.khabar.pipeline.Pipeline;
import org.khabar.text.Document;

/** Text the model was not made for still gives a well-formed entity layer. */
class BadInputTest {

  private static final Pipeline FULL = UrduPipeline.full();

  private static List<Entity> entities(String text) {
    return FULL.apply(Document.of("bad", text)).get(Entity.LAYER);
  }

  @Test
  void emptyAndBlankText() {
    assertThat(entities("")).isEmpty();
    assertThat(entities(" \n\t ")).isEmpty();
  }

  @Test
  void textWithNoUrduAtAll() {
    assertThat(entities("!!! ??? 12:30 --- %%% ...")).allSatisfy(e -> assertThat(e.end())
        .isLessThanOrEqualTo(26));
  }

  @Test
  void allLatinText() {
    String text = "The president of Iran, Hassan Rouhani, spoke to Vladimir Putin on Sunday.";
    List<Entity> found = entities(text);
    assertThat(found).allSatisfy(e -> assertThat(e.end()).isLessThanOrEqualTo(text.length()));
  }

  @Test
  void tenThousandTokensWithoutPunctuation() {
    StringBuilder text = new StringBuilder();
    String[] words = {"صدر", "حسن", "روحانی", "نے", "تہران", "میں", "کہا", "کہ"};
    for (int i = 0; i < 10_000; i++) {
      text.append(words[i % words.length]).append(' ');
    }
    List<Entity> found = entities(text.toString());
    assertThat(found).isNotEmpty();
    for (int i = 1; i < found.size(); i++) {
      assertThat(found.get(i).start()).isGreaterThanOrEqualTo(found.get(i - 1).end());
    }
  }

  @Property(tries = 200)
  void anyTextGivesOrderedSpansInsideIt(@ForAll @StringLength(max = 200) String text) {
    List<Entity> found = entities(text);
    int previousEnd = 0;
    for (Entity entity : found) {
      assertThat(entity.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(entity.end()).isLessThanOrEqualTo(text.length());
      previousEnd = entity.end();
    }
  }
}
