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
      if (end > i && onlyPersonsInside(result, i, end)) {
        List<TagSet.TokenSpan> outside = new ArrayList<>();
        for (TagSet.TokenSpan span : result) {
          if (span.end() <= i || span.first() >= end) {
            outside.add(span);
          }
        }
        result = TagSet.withAdded(outside, List.of(new TagSet.TokenSpan(i, end, EntityType.PERSON)));
      }
      i = Math.max(end, i + 1);
    }
    return result;
  }

  /** True if every span that shares a word with {@code [first, end)} is a PERSON inside it. */
  private static boolean onlyPersonsInside(List<TagSet.TokenSpan> spans, int first, int end) {
    for (TagSet.TokenSpan span : spans) {
      boolean shares = span.first() < end && first < span.end();
      if (shares && (span.type() != EntityType.PERSON || span.first() < first
          || span.end() > end)) {
        return false;
      }
    }
    return true;
  }
}
