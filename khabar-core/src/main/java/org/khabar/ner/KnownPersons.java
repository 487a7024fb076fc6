package org.khabar.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.khabar.entity.EntityType;
import org.khabar.lexicon.WordList;
import org.khabar.tokenize.Token;

/**
 * People whose names hold a word that Urdu mostly uses as a function word, from the hand-written
 * {@code persons.txt}: «جو» (who) in «جو بائیڈن», «ان» (them) in «کم جونگ ان», «کی» (of) in «بان کی
 * مون». The model leaves the word out («جو | بائیڈن») or misses the whole name. A listed name
 * is a PERSON where no span holds any of its words, or where every span among its words is a
 * PERSON inside it; a span that reaches past the name, or of another type, is left as it is.
 */
final class KnownPersons {

  private static final Set<String> NAMES = WordList.load("persons").entries().stream()
      .map(Gazetteer.Builder::key).collect(Collectors.toUnmodifiableSet());

  private static final int LONGEST =
      NAMES.stream().mapToInt(name -> name.split(" ").length).max().orElse(0);

  private KnownPersons() {}

  static List<TagSet.TokenSpan> apply(List<Token> words, List<TagSet.TokenSpan> spans) {
    List<TagSet.TokenSpan> result = spans;
    int i = 0;
    while (i < words.size()) {
      int end = longestNameAt(words, i);
      if (end > i && onlyPersonsInside(result, i, end)) {
        List<TagSet.TokenSpan> replaced = new ArrayList<>();
        for (TagSet.TokenSpan span : result) {
          if (span.end() <= i || span.first() >= end) {
            replaced.add(span);
          }
        }
        replaced.add(new TagSet.TokenSpan(i, end, EntityType.PERSON));
        replaced.sort((a, b) -> Integer.compare(a.first(), b.first()));
        result = replaced;
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

  private static int longestNameAt(List<Token> words, int first) {
    int end = first;
    for (int n = 2; n <= LONGEST && first + n <= words.size(); n++) {
      if (NAMES.contains(WordPhrases.of(words, first, first + n))) {
        end = first + n;
      }
    }
    return end;
  }
}
