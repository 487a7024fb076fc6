package org.khabar.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.khabar.entity.EntityType;
import org.khabar.tokenize.Token;

/**
 * A listed place right after a title is the office's place: «ڈی پی او | باجوڑ نے بتایا» (the
 * district police officer of Bajaur said), «آئی جی | سندھ», «وزیراعلیٰ | پنجاب». Where the model
 * tags the title and leaves the place out, the place is a LOCATION. In the training parts (all
 * but jahangir, which annotates no titles) a listed place right after a DESIGNATION is an entity
 * every time it stands there (13 LOCATION, 1 ORGANIZATION), never outside. «شام» after a title is
 * mostly the evening («وزیراعظم شام کو خطاب کریں گے»), not Syria, and is left to the model.
 */
final class PlacesAfterTitles {

  /** Places that are also a time of day. */
  private static final Set<String> TIMES_OF_DAY = Set.of("شام");

  /** The most words a place of an office may have: «ڈیرہ اسماعیل خان». */
  private static final int MAX_PLACE_WORDS = 3;

  private PlacesAfterTitles() {}

  /**
   * The spans with the longest listed place right after each DESIGNATION added, where no span
   * holds its words.
   *
   * @param place whether a normalized word or phrase (words joined by one space) is a place
   */
  static List<TagSet.TokenSpan> apply(List<Token> words, List<TagSet.TokenSpan> spans,
      Predicate<String> place) {
    boolean[] covered = TagSet.covered(spans, words.size());
    List<TagSet.TokenSpan> added = new ArrayList<>();
    for (TagSet.TokenSpan title : spans) {
      int first = title.end();
      if (title.type() != EntityType.DESIGNATION || first >= words.size() || covered[first]) {
        continue;
      }
      int end = Math.min(words.size(), first + MAX_PLACE_WORDS);
      for (int i = first; i < end; i++) {
        if (covered[i]) {
          end = i;
        }
      }
      for (; end > first; end--) {
        String phrase = WordPhrases.of(words, first, end);
        if (place.test(phrase) && !TIMES_OF_DAY.contains(phrase)) {
          added.add(new TagSet.TokenSpan(first, end, EntityType.LOCATION));
          break;
        }
      }
    }
    return TagSet.withAdded(spans, added);
  }
}
