package org.khabar.ner;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.khabar.coref.NameKey;
import org.khabar.entity.EntityType;
import org.khabar.tokenize.Token;

/**
 * One name, one reading through a report: a rare name the model finds where its context is
 * clear is the same name where it stands again with less context. In the Tehran report «شام کے
 * شمالی شہر حلب میں» makes «حلب» a place, and so «حلب کے مشرقی حصے» and «حلب پر شامی فوج» name
 * the same place, though «حلب» is in no training set.
 *
 * <p>Only names whose every word is rare are carried over ({@code rare}: words the raw news
 * gives no word class), so a common word that is sometimes a name is never spread: «شام»
 * (Syria, and also "evening") keeps its reading sentence by sentence. A name found with two
 * types in one report is not carried. Only PERSON, LOCATION and ORGANIZATION are carried, and
 * only where no span stands. A person's last word is carried by itself too, as reports name a
 * person again by the surname: «امیدوار رومانو پرودی ... پرودی نے وعدہ کیا». A one-word name of
 * five letters or more also meets its other spellings ({@link NameKey}): «برلسکونی» and
 * «برلیسکونی», «آسٹریا» and «آسٹیریا».
 */
final class DocumentNames {

  static final Set<EntityType> CARRIED =
      EnumSet.of(EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION);

  private DocumentNames() {}

  /**
   * The spans of each sentence with the document's rare names added where they stand again.
   *
   * @param sentences the words of each sentence
   * @param spans the spans found in each sentence, in order and not overlapping
   * @param rare whether a normalized word is rare enough to carry
   */
  static List<List<TagSet.TokenSpan>> carry(List<List<Token>> sentences,
      List<List<TagSet.TokenSpan>> spans, Predicate<String> rare) {
    Map<List<String>, EntityType> names = names(sentences, spans, rare);
    if (names.isEmpty()) {
      return spans;
    }
    int longest = names.keySet().stream().mapToInt(List::size).max().orElse(0);
    Set<String> firstWords = new HashSet<>();
    names.keySet().forEach(name -> firstWords.add(name.get(0)));
    Map<String, EntityType> spellings = spellings(names);
    List<List<TagSet.TokenSpan>> result = new ArrayList<>(spans.size());
    for (int s = 0; s < sentences.size(); s++) {
      List<TagSet.TokenSpan> carried =
          carry(sentences.get(s), spans.get(s), names, firstWords, longest);
      result.add(respelled(sentences.get(s), carried, spellings, rare));
    }
    return result;
  }

  /** One-word names shorter than this are not matched by their spelling key. */
  static final int MIN_RESPELLED_LENGTH = 5;

  /**
   * The one-word names by their spelling key ({@link NameKey}), so that another spelling of one
   * meets it: «برلسکونی» and «برلیسکونی». A key two names of different types share is left out.
   */
  private static Map<String, EntityType> spellings(Map<List<String>, EntityType> names) {
    Map<String, EntityType> spellings = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    names.forEach((words, type) -> {
      if (words.size() == 1 && words.get(0).length() >= MIN_RESPELLED_LENGTH) {
        note(spellings, ambiguous, NameKey.of(words.get(0)), type);
      }
    });
    ambiguous.forEach(spellings::remove);
    return spellings;
  }

  /** The spans with the rare words that spell a one-word name otherwise added. */
  private static List<TagSet.TokenSpan> respelled(List<Token> words,
      List<TagSet.TokenSpan> spans, Map<String, EntityType> spellings, Predicate<String> rare) {
    if (spellings.isEmpty()) {
      return spans;
    }
    boolean[] covered = TagSet.covered(spans, words.size());
    List<TagSet.TokenSpan> added = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String norm = words.get(i).norm();
      if (!covered[i] && norm.length() >= MIN_RESPELLED_LENGTH && rare.test(norm)) {
        EntityType type = spellings.get(NameKey.of(norm));
        if (type != null) {
          added.add(new TagSet.TokenSpan(i, i + 1, type));
        }
      }
    }
    return TagSet.withAdded(spans, added);
  }

  private static Map<List<String>, EntityType> names(List<List<Token>> sentences,
      List<List<TagSet.TokenSpan>> spans, Predicate<String> rare) {
    Map<List<String>, EntityType> names = new HashMap<>();
    Set<List<String>> ambiguous = new HashSet<>();
    for (int s = 0; s < sentences.size(); s++) {
      for (TagSet.TokenSpan span : spans.get(s)) {
        if (!CARRIED.contains(span.type())) {
          continue;
        }
        List<String> words = norms(sentences.get(s), span.first(), span.end());
        if (!words.stream().allMatch(rare)) {
          continue;
        }
        note(names, ambiguous, words, span.type());
        if (span.type() == EntityType.PERSON && words.size() > 1) {
          note(names, ambiguous, List.of(words.get(words.size() - 1)), span.type());
        }
      }
    }
    ambiguous.forEach(names::remove);
    return names;
  }

  /** Notes that {@code key} names an entity of {@code type}; a key of two types is ambiguous. */
  private static <K> void note(Map<K, EntityType> names, Set<K> ambiguous, K key,
      EntityType type) {
    EntityType before = names.putIfAbsent(key, type);
    if (before != null && before != type) {
      ambiguous.add(key);
    }
  }

  private static List<TagSet.TokenSpan> carry(List<Token> words, List<TagSet.TokenSpan> spans,
      Map<List<String>, EntityType> names, Set<String> firstWords, int longest) {
    boolean[] covered = TagSet.covered(spans, words.size());
    List<TagSet.TokenSpan> added = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      if (!firstWords.contains(words.get(i).norm())) {
        i++;
        continue;
      }
      int end = -1;
      EntityType type = null;
      for (int j = i + 1; j <= words.size() && j - i <= longest && !covered[j - 1]; j++) {
        EntityType found = names.get(norms(words, i, j));
        if (found != null) {
          end = j;
          type = found;
        }
      }
      if (end > 0) {
        added.add(new TagSet.TokenSpan(i, end, type));
        i = end;
      } else {
        i++;
      }
    }
    return TagSet.withAdded(spans, added);
  }

  private static List<String> norms(List<Token> words, int first, int end) {
    List<String> norms = new ArrayList<>(end - first);
    for (int i = first; i < end; i++) {
      norms.add(words.get(i).norm());
    }
    return norms;
  }
}
