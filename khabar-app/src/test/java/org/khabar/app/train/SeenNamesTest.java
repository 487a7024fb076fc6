package org.khabar.app.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.app.eval.NerGold;
import org.khabar.entity.EntityType;
import org.khabar.ner.Gazetteer;

class SeenNamesTest {

  private static NerGold.Sentence line(String id, String text, String name, EntityType type) {
    int start = text.indexOf(name);
    return new NerGold.Sentence(id, text,
        List.of(new NerGold.Span(start, start + name.length(), type)));
  }

  private static List<NerGold.Sentence> lines() {
    List<NerGold.Sentence> lines = new ArrayList<>();
    lines.add(line("0", "عمران خان نے کہا", "عمران خان", EntityType.PERSON));
    lines.add(line("1", "وہ لاہور گئے", "لاہور", EntityType.LOCATION));
    lines.add(line("2", "نواز شریف نے کہا", "نواز شریف", EntityType.PERSON));
    return lines;
  }

  private static int category(Gazetteer gazetteer, String name) {
    return gazetteer.categories().indexOf(name);
  }

  @Test
  void aLineDoesNotSeeItsOwnNames() {
    SeenNames seen = new SeenNames(2, false);
    seen.addAll(lines());
    // lines 0 and 2 are fold 0, line 1 fold 1
    Gazetteer forFirst = seen.forLine(0);
    assertThat(forFirst.entries(category(forFirst, "person"))).isEmpty();
    assertThat(forFirst.entries(category(forFirst, "location"))).containsExactly("لاہور");
    Gazetteer forSecond = seen.forLine(1);
    assertThat(forSecond.entries(category(forSecond, "person")))
        .containsExactlyInAnyOrder("عمران خان", "نواز شریف");
    assertThat(forSecond.entries(category(forSecond, "location"))).isEmpty();
  }

  @Test
  void theWholeListHasEveryName() {
    SeenNames seen = new SeenNames(2, true);
    seen.addAll(lines());
    Gazetteer all = seen.all();
    assertThat(all.categories())
        .containsExactly("person", "location", "organization", "designation", "person-word",
            "location-word", "organization-word");
    assertThat(all.entries(category(all, "person"))).hasSize(2);
    assertThat(all.entries(category(all, "person-word")))
        .containsExactlyInAnyOrder("عمران", "خان", "نواز", "شریف");
  }
}
