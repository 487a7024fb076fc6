package org.khabar.ner;

import java.util.ArrayList;
import java.util.List;
import org.khabar.entity.EntityType;
import org.khabar.tokenize.Token;

/**
 * People whose names hold a word that Urdu mostly uses as a function word, from the hand-written
 * {@code persons.txt}: «جو» (who) in «جو بائیڈن», «ان» (them) in «کم جونگ ان», «کی» (of) in «بان کی
 * مون». The model leaves the word out («جو | بائیڈن») or misses the whole name. A listed name
 * is a PERSON where no span holds any of its words, or where every span among its words is a
 * PERSON inside it; a span that reaches past the name, or of another type, is left as it is.
 */
final class KnownPersons {

  private static final PhraseList NAMES = PhraseList.load("persons");

  private KnownPersons() {}

  static List<TagSet.TokenSpan> apply(List<Token> words, List<TagSet.TokenSpan> spans) {
    List<TagSet.TokenSpan> result = spans;
    int i = 0;
    while (i < words.size()) {
      int end = NAMES.longestAt(words, i);
      List<TagSet.TokenSpan> inside =
          end > i ? TagSet.within(result, i, end, EntityType.PERSON) : null;
      if (inside != null) {
        List<TagSet.TokenSpan> outside = new ArrayList<>(result);
        outside.removeAll(inside);
        result = TagSet.withAdded(outside, List.of(new TagSet.TokenSpan(i, end, EntityType.PERSON)));
      }
      i = Math.max(end, i + 1);
    }
    return result;
  }
}
