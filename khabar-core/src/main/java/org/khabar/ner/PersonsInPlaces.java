package org.khabar.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.khabar.entity.EntityType;
import org.khabar.tokenize.Token;

/**
 * A PERSON inside a listed place of several words is that place: «ڈیرہ اسماعیل خان» (Dera Ismail
 * Khan) and «رحیم یار خان» end in a man's name, and the model may tag «اسماعیل خان» a PERSON and
 * leave «ڈیرہ» out. Where the words of a listed place ({@code places.txt}) hold a PERSON span
 * and no other span, the place replaces it. In the four training parts a listed place of several
 * words is a LOCATION exactly 614 times and holds a PERSON once.
 */
final class PersonsInPlaces {

  /** The most words a place may add on either side of the person. */
  private static final int REACH = 3;

  private PersonsInPlaces() {}

  /**
   * @param place whether a normalized phrase (words joined by one space) is a listed place
   */
  static List<TagSet.TokenSpan> apply(List<Token> words, List<TagSet.TokenSpan> spans,
      Predicate<String> place) {
    boolean[] covered = TagSet.covered(spans, words.size());
    List<TagSet.TokenSpan> result = null;
    for (int k = 0; k < spans.size(); k++) {
      TagSet.TokenSpan span = spans.get(k);
      TagSet.TokenSpan found = span.type() == EntityType.PERSON
          ? placeAround(words, span, covered, place) : null;
      if (found != null && result == null) {
        result = new ArrayList<>(spans.subList(0, k));
      }
      if (result != null) {
        result.add(found != null ? found : span);
      }
    }
    return result == null ? spans : result;
  }

  private static TagSet.TokenSpan placeAround(List<Token> words, TagSet.TokenSpan person,
      boolean[] covered, Predicate<String> place) {
    TagSet.TokenSpan best = null;
    for (int first = person.first(); first >= Math.max(0, person.first() - REACH); first--) {
      if (first < person.first() && covered[first]) {
        break;
      }
      for (int end = person.end(); end <= Math.min(words.size(), person.end() + REACH); end++) {
        if (end > person.end() && covered[end - 1]) {
          break;
        }
        boolean longer = best == null || end - first > best.end() - best.first();
        if (end - first >= 2 && longer && place.test(WordPhrases.of(words, first, end))) {
          best = new TagSet.TokenSpan(first, end, EntityType.LOCATION);
        }
      }
    }
    return best;
  }
}
