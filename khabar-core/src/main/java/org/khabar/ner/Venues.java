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
 * is a LOCATION too, and so is a name with the word beside it as a span of its own («قذافی |
 * اسٹیڈیم»).
 */
final class Venues {

  /** Words that make the name before them a venue. */
  static final Set<String> VENUES = Set.of("سٹیڈیم", "اسٹیڈیم", "ایئرپورٹ", "ائیرپورٹ", "ائرپورٹ");

  private Venues() {}

  static List<TagSet.TokenSpan> apply(List<Token> words, List<TagSet.TokenSpan> spans) {
    boolean[] covered = TagSet.covered(spans, words.size());
    List<TagSet.TokenSpan> result = new ArrayList<>(spans.size());
    for (int k = 0; k < spans.size(); k++) {
      TagSet.TokenSpan span = spans.get(k);
      boolean named = span.type() == EntityType.PERSON || span.type() == EntityType.LOCATION
          || span.type() == EntityType.ORGANIZATION;
      int next = span.end();
      boolean venueNext = next < words.size() && VENUES.contains(words.get(next).norm());
      // «قذافی | اسٹیڈیم»: the model may read the word as a place of its own
      boolean venueAlone = venueNext && covered[next] && k + 1 < spans.size()
          && isVenueWordAlone(spans.get(k + 1), next);
      if (named && venueNext && (!covered[next] || venueAlone)) {
        result.add(new TagSet.TokenSpan(span.first(), next + 1, EntityType.LOCATION));
        k += venueAlone ? 1 : 0;
      } else if (span.type() == EntityType.PERSON
          && VENUES.contains(words.get(span.end() - 1).norm())) {
        result.add(new TagSet.TokenSpan(span.first(), span.end(), EntityType.LOCATION));
      } else {
        result.add(span);
      }
    }
    return result;
  }

  /** True if {@code span} is the venue word at {@code at} and nothing else. */
  private static boolean isVenueWordAlone(TagSet.TokenSpan span, int at) {
    return span.first() == at && span.end() == at + 1;
  }
}
