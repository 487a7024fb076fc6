package org.khabar.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.khabar.entity.EntityType;
import org.khabar.tokenize.Token;

/**
 * Urdu names a place right after the noun of its kind: «شام کے شمالی شہر حلب میں» (in the
 * northern Syrian city of Aleppo), «صوبے لاذقیہ کے», «ضلع بنوں میں». A word that stands between
 * such a noun and a case marker or a comma, that no span holds, and that is either rare (the raw
 * news gives it no word class) or a listed place ({@code places.txt}), is a LOCATION. The model
 * misses such names when it has never seen them: after the nouns, common words are far more
 * frequent than names («شہر میں», «صوبہ بنانے»), and rarity or the list is what tells them
 * apart. In the four training parts, a rare word there is exactly a LOCATION 17 times out of
 * 22 (three of the other five are places the annotators left out: «شہر حسکہ», «صوبہ ہینان»,
 * one of two «ضلع ڈوڈا»); a listed place 35 times out of 38 where the set does not take the
 * noun into the place («صوبہ سرحد» is one place in jahangir and ijcnlp2008, which the rule
 * leaves to the model, as it adds no span where one stands).
 *
 * <p>The word itself must close with the marker: a name of several words («ضلع مظفر گڑھ میں»)
 * is left to the model. Organisations after «تنظیم» are not taken: too few in training to count.
 */
final class AppositionPlaces {

  /** Nouns that a place name follows: city, province, district, capital, town, village. */
  static final Set<String> PLACE_NOUNS =
      Set.of("شہر", "صوبے", "صوبہ", "ضلع", "دارالحکومت", "قصبے", "قصبہ", "گاؤں");

  /** What may close a one-word name: case markers, postpositions, «اور», commas, full stops. */
  static final Set<String> CLOSERS =
      Set.of("نے", "کا", "کی", "کے", "کو", "سے", "میں", "پر", "تک", "اور", "،", ",", "۔");

  private AppositionPlaces() {}

  /**
   * The spans with the name-like words after place nouns added as places.
   *
   * @param nameLike whether a normalized word may be a place here: rare (no word class) or a
   *     listed place
   */
  static List<TagSet.TokenSpan> apply(List<Token> words, List<TagSet.TokenSpan> spans,
      Predicate<String> nameLike) {
    boolean[] covered = TagSet.covered(spans, words.size());
    List<TagSet.TokenSpan> added = new ArrayList<>();
    for (int i = 1; i < words.size(); i++) {
      boolean closed = i + 1 == words.size() || CLOSERS.contains(words.get(i + 1).norm());
      String word = words.get(i).norm();
      if (!covered[i] && closed && PLACE_NOUNS.contains(words.get(i - 1).norm())
          && !CLOSERS.contains(word) && nameLike.test(word)) {
        added.add(new TagSet.TokenSpan(i, i + 1, EntityType.LOCATION));
      }
    }
    return TagSet.withAdded(spans, added);
  }
}
