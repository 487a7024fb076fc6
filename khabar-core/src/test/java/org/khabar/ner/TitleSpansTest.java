package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khabar.ner.TokenSpans.span;
import static org.khabar.ner.TokenSpans.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.entity.EntityType;
import org.khabar.tokenize.Token;

class TitleSpansTest {

  @Test
  void aTitleIsCutOffTheName() {
    // «جنرل راحیل شریف نے کہا»: General Raheel Sharif said
    List<Token> words = tokens("جنرل راحیل شریف نے کہا");
    assertThat(TitleSpans.apply(words, List.of(span(0, 3, EntityType.PERSON))))
        .containsExactly(span(0, 1, EntityType.DESIGNATION), span(1, 3, EntityType.PERSON));
    // «وزیر خارجہ اسحاق ڈار»: the longest title, «وزیر خارجہ», is cut off
    words = tokens("وزیر خارجہ اسحاق ڈار");
    assertThat(TitleSpans.apply(words, List.of(span(0, 4, EntityType.PERSON))))
        .containsExactly(span(0, 2, EntityType.DESIGNATION), span(2, 4, EntityType.PERSON));
  }

  @Test
  void namesThatStartLikeTitlesStay() {
    // «شاہ محمود قریشی»: شاہ is part of the name
    List<Token> words = tokens("شاہ محمود قریشی نے کہا");
    assertThat(TitleSpans.apply(words, List.of(span(0, 3, EntityType.PERSON))))
        .containsExactly(span(0, 3, EntityType.PERSON));
    // a name with no title, and a title alone, stay as they are
    words = tokens("راحیل شریف اور وزیر اعظم");
    assertThat(TitleSpans.apply(words,
            List.of(span(0, 2, EntityType.PERSON), span(3, 5, EntityType.PERSON))))
        .containsExactly(span(0, 2, EntityType.PERSON), span(3, 5, EntityType.PERSON));
  }

  @Test
  void otherTypesAreLeftAlone() {
    List<Token> words = tokens("جنرل موٹرز کمپنی");
    assertThat(TitleSpans.apply(words, List.of(span(0, 3, EntityType.ORGANIZATION))))
        .containsExactly(span(0, 3, EntityType.ORGANIZATION));
  }
}
