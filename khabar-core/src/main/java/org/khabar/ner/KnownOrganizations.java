package org.khabar.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.khabar.entity.EntityType;
import org.khabar.tokenize.Token;

/**
 * Organisations the training parts never name, taken from the hand-written list of the news'
 * parties, armed groups, state bodies and agencies ({@code organizations.txt}): «شام میں داعش اور
 * صدر بشارالاسد کے مخالف ...» has «داعش» (Daesh) as an ORGANIZATION. None of the four NER sets
 * writes «داعش», and the raw news, from which the model's word classes come, uses it as it uses
 * «طالبان», which the sets leave outside every entity (11 times of 11); so the model tags none
 * of its 81 occurrences in the news articles.
 *
 * <p>The model decides where it has evidence, the list where it has none: a listed name that no
 * span holds becomes an ORGANIZATION only if the training annotations never name it (the
 * model's seen names). Where they do, the model has seen the name and its contexts, and a name
 * it leaves out here is out by the context: «قومی اسمبلی» is an ORGANIZATION 12 times of 23 in
 * the training parts, and the list does not overrule it. A place the model read inside a listed
 * name is taken into it: «پاکستان | اسٹاک ایکسچینج», «پنجاب | اسمبلی», «ریڈیو | پاکستان» are
 * organisations, and so is an organisation and a place the model read side by side in one
 * («تحریک طالبان | پاکستان»). A listed party's faction letter may stand in brackets: «مسلم لیگ (ن)» is the
 * listed «مسلم لیگ ن» ({@link PartyFactions}).
 */
final class KnownOrganizations {

  private static final PhraseList NAMES = PhraseList.load("organizations");

  private KnownOrganizations() {}

  /** True if the phrase, its token norms joined by one space, is a listed organisation. */
  static boolean isListed(String phrase) {
    return NAMES.contains(phrase);
  }

  private static final Set<EntityType> PLACE_OR_ORGANISATION =
      Set.of(EntityType.LOCATION, EntityType.ORGANIZATION);

  /**
   * The spans inside {@code [first, end)} if the model read the listed name as an organisation
   * and a place side by side, all inside it («تحریک طالبان | پاکستان»: the Pakistani Taliban
   * movement, not a movement and a country); else null. The name was an entity to the model,
   * which only cut it, so the list decides even where the training annotations name it.
   */
  private static List<TagSet.TokenSpan> splitReading(List<TagSet.TokenSpan> spans, int first,
      int end) {
    List<TagSet.TokenSpan> inside = TagSet.within(spans, first, end, PLACE_OR_ORGANISATION);
    return inside != null && inside.stream().anyMatch(s -> s.type() == EntityType.LOCATION)
        && inside.stream().anyMatch(s -> s.type() == EntityType.ORGANIZATION) ? inside : null;
  }

  /**
   * The spans with the listed organisations that no span holds (but places read inside them) or
   * stands right beside added, the longest name first, left to right. A span beside a name is
   * the model's reading of the words around it («ایران | حوثی باغیوں», «آئی بی | ایم پی سی»),
   * which the name would be joined to or cut from; a place inside it («پاکستان | اسٹاک
   * ایکسچینج») the name takes in.
   *
   * @param seen whether the training annotations name a phrase (token norms joined by a space)
   */
  static List<TagSet.TokenSpan> apply(List<Token> words, List<TagSet.TokenSpan> spans,
      Predicate<String> seen) {
    boolean[] covered = TagSet.covered(spans, words.size());
    List<TagSet.TokenSpan> added = new ArrayList<>();
    List<TagSet.TokenSpan> replaced = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int end = NAMES.longestAt(words, i);
      String phrase = end > i ? WordPhrases.of(words, i, end) : null;
      int factionEnd = end > i ? PartyFactions.letterEnd(words, end) : end;
      if (factionEnd > end
          && NAMES.contains(phrase + " " + PartyFactions.letterAt(words, end))) {
        phrase = phrase + " " + PartyFactions.letterAt(words, end);
        end = factionEnd;
      }
      if (end > i) {
        List<TagSet.TokenSpan> pieces = splitReading(spans, i, end);
        if (pieces == null && !seen.test(phrase)) {
          pieces = TagSet.within(spans, i, end, EntityType.LOCATION);
        }
        boolean beside = i > 0 && covered[i - 1] || end < words.size() && covered[end];
        if (!beside && pieces != null) {
          added.add(new TagSet.TokenSpan(i, end, EntityType.ORGANIZATION));
          replaced.addAll(pieces);
        }
      }
      i = Math.max(end, i + 1);
    }
    if (added.isEmpty()) {
      return spans;
    }
    List<TagSet.TokenSpan> kept = new ArrayList<>(spans);
    kept.removeAll(replaced);
    return TagSet.withAdded(kept, added);
  }
}
