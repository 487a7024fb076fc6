package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khabar.ner.TokenSpans.span;
import static org.khabar.ner.TokenSpans.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.entity.EntityType;

class KnownPersonsTest {

  @Test
  void aListedNameTakesInTheFunctionWordTheModelLeftOut() {
    // «جو» is mostly «who»: the model tags «بائیڈن» alone
    assertThat(KnownPersons.apply(tokens("صدر جو بائیڈن نے کہا"),
            List.of(span(0, 1, EntityType.DESIGNATION), span(2, 3, EntityType.PERSON))))
        .containsExactly(span(0, 1, EntityType.DESIGNATION), span(1, 3, EntityType.PERSON));
    // «کم جونگ ان»: «ان» is mostly «them»; the model misses the name
    assertThat(KnownPersons.apply(tokens("کم جونگ ان نے کہا"), List.of()))
        .containsExactly(span(0, 3, EntityType.PERSON));
  }

  @Test
  void aSpanOfAnotherTypeOrReachingPastTheNameStays() {
    List<TagSet.TokenSpan> organisation = List.of(span(0, 3, EntityType.ORGANIZATION));
    assertThat(KnownPersons.apply(tokens("جو بائیڈن انتظامیہ نے کہا"), organisation))
        .isEqualTo(organisation);
  }
}
