package org.khabar.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.khabar.entity.EntityType;
import org.khabar.tokenize.Token;

/**
 * A name followed by «سٹیڈیم» or «ایئرپورٹ» names the stadium or the airport, a place: «قذافی
 * اسٹیڈیم» is Lahore's stadium, not Colonel Gaddafi, and «کراچی ایئرپورٹ» is one place, not the
 * city and a word. The name takes in the word and becomes a LOCATION, as uner's annotators wrote
 * «شارجہ سٹیڈیم» and «کراچی ایئرپورٹ»; a PERSON that already ends in the word («شیخ زید سٹیڈیم»)
 * is a LOCATION too.
 */
final class Venues {

  /** Words that make the name before them a venue. */
  static final Set<String> VENUES = Set.of("سٹیڈیم", "اسٹیڈیم", "ایئرپورٹ", "ائیرپورٹ", "ائرپورٹ");

  private Venues() {}

  static List<TagSet.TokenSpan> apply(List<Token> words, List<TagSet.TokenSpan> spans) {
    boolean[] covered = TagSet.covered(spans, words.size());
    List<TagSet.TokenSpan> result = new ArrayList<>(spans.size());
    for (TagSet.TokenSpan span : spans) {
      boolean named = span.type() == EntityType.PERSON || span.type() == EntityType.LOCATION
          || span.type() == EntityType.ORGANIZATION;
      int next = span.end();
      if (named && next < words.size() && !covered[next]
          && VENUES.contains(words.get(next).norm())) {
        result.add(new TagSet.TokenSpan(span.first(), next + 1, EntityType.LOCATION));
      } else if (span.type() == EntityType.PERSON
          && VENUES.contains(words.get(span.end() - 1).norm())) {
        result.add(new TagSet.TokenSpan(span.first(), span.end(), EntityType.LOCATION));
      } else {
        result.add(span);
      }
    }
    return result;
  }
}
