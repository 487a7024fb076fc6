package org.khabar.quote;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.entity.Entity;
import org.khabar.entity.EntityType;
import org.khabar.tokenize.Token;

/**
 * The speaker of a reporting verb joined by «اور» to a clause that names its subject without
 * «نے»: in {@code عمران خان عدالت میں پیش ہوئے اور کہا کہ ...} (Imran Khan appeared in court and
 * said that ...) and {@code وزیر خارجہ اسحاق ڈار اس تجویز سے متفق نہیں اور کہتے ہیں کہ ...} the
 * speaker is the sentence's subject, the person or organisation it opens with.
 *
 * <p>The subject is a PERSON or ORGANIZATION entity that starts within {@value #MAX_TITLE_WORDS}
 * words of the sentence's start (its title and owner before it: «پاکستان کے وزیر خارجہ»), with
 * no punctuation or clause boundary before it, and that no case marker follows: in {@code عمران
 * خان کے وکیل عدالت میں پیش ہوئے اور کہا} the lawyer speaks, not Imran Khan, and nothing is found.
 */
final class ClauseSubjects {

  /** The most words a subject's title may have before its name. */
  static final int MAX_TITLE_WORDS = 5;

  /** Words after a name that make it no subject: case markers, postpositions, «اور». */
  private static final Set<String> NOT_AFTER_SUBJECT =
      Set.of("نے", "کا", "کی", "کے", "کو", "سے", "میں", "پر", "تک", "اور", "و");

  private final List<Token> tokens;
  private final String[] norms;
  private final List<Entity> entities;
  private final Map<Integer, Integer> tokenAt;

  ClauseSubjects(List<Token> tokens, String[] norms, List<Entity> entities,
      Map<Integer, Integer> tokenAt) {
    this.tokens = tokens;
    this.norms = norms;
    this.entities = entities;
    this.tokenAt = tokenAt;
  }

  /**
   * The token range of the subject of the clause before the «اور» at token {@code conjunction},
   * in a sentence starting at token {@code limit}; null if the sentence opens with none.
   */
  int[] before(int conjunction, int limit) {
    for (Entity entity : entities) {
      Integer first = tokenAt.get(entity.start());
      if (first == null || first < limit) {
        continue;
      }
      if (first - limit > MAX_TITLE_WORDS || first >= conjunction) {
        return null;
      }
      if (entity.type() != EntityType.PERSON && entity.type() != EntityType.ORGANIZATION) {
        continue;
      }
      int end = first;
      while (end < conjunction && tokens.get(end).end() <= entity.end()) {
        end++;
      }
      return opensTheSentence(limit, first) && end < conjunction
          && !NOT_AFTER_SUBJECT.contains(norms[end]) && !ergativeBetween(end, conjunction)
          ? new int[] {limit, end} : null;
    }
    return null;
  }

  /** True if the words before the name are all of its title: words, no boundary. */
  private boolean opensTheSentence(int limit, int first) {
    for (int k = limit; k < first; k++) {
      if (!tokens.get(k).isWord() || ReportingLexicon.BOUNDARIES.contains(norms[k])) {
        return false;
      }
    }
    return true;
  }

  private boolean ergativeBetween(int from, int to) {
    for (int k = from; k < to; k++) {
      if (norms[k].equals("نے") || norms[k].equals("کہ")) {
        return true;
      }
    }
    return false;
  }
}
