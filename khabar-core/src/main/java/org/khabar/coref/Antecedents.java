package org.khabar.coref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.entity.EntityType;
import org.khabar.quote.Attribution;
import org.khabar.sentence.Sentence;
import org.khabar.text.Document;
import org.khabar.text.Layer;
import org.khabar.tokenize.Token;

/**
 * Resolves pronoun speakers (انہوں نے، ان کا کہنا تھا، وہ کہتے ہیں), in text order, to the
 * person the report has been telling about: the most recent <em>subject</em> before the
 * pronoun, a person (or a speaker named by a phrase) who is the subject of a clause (before
 * نے, or the holder of کا کہنا / کا خیال) or a speaker of an earlier statement.
 *
 * <ul>
 *   <li>Subjects inside what someone is reported to have said, or in a sentence in the first
 *       person (the speaker's own words going on), come last: in {@code انہوں نے کہا کہ
 *       فلم کو ہال کنگ نے ڈائریکٹ کیا ہے ... انہوں نے کہا} both pronouns are the first speaker's,
 *       not Hal King's; in {@code اکشے کمار کا کہنا ہے ... کاسٹ میں ... کرشنا ابھیشک ... انہوں نے
 *       کہا} the pronoun is Kumar's.
 *   <li>Organisations and places named in passing are no antecedents: in {@code انہوں نے
 *       کونٹیکٹ میوزک ڈاٹ کام سے انٹرویو میں کہا ... انہوں نے کہا} the second pronoun is still the
 *       speaker's. In {@code ... بیس فیصد کہتے ہیں ... ڈان پلیش کا خیال ہے ... انہوں نے کہا} it is
 *       Pleasch's.
 *   <li>After تو, the person asked or reached before it in the sentence: {@code ترجمان رازق
 *       بگٹی سے رابطہ کیا تو انھوں نے کہا} is Bugti's.
 *   <li>With no subject before it, a pronoun takes the person mentioned last; with none, the
 *       last person or unknown-typed mention; with nothing before it, it stays unresolved.
 * </ul>
 */
final class Antecedents {

  /** First-person words that are never anything else (not میں, which is also "in"). */
  static final Set<String> FIRST_PERSON =
      Set.of("مجھے", "مجھ", "میری", "میرا", "میرے", "ہمیں", "ہمارا", "ہماری", "ہمارے");

  private final Document document;
  private final Matcher matcher;
  private final List<Token> tokens;
  private final Layer<Sentence> sentences;
  private final boolean[] firstPerson;
  private final Map<Integer, Integer> tokenStarting = new HashMap<>();

  Antecedents(Document document, Matcher matcher) {
    this.document = document;
    this.matcher = matcher;
    this.tokens = document.get(Token.LAYER);
    this.sentences = document.get(Sentence.LAYER);
    this.firstPerson =
        firstPersonSentences(sentences, tokens, document.get(Attribution.LAYER));
    for (int i = 0; i < tokens.size(); i++) {
      tokenStarting.put(tokens.get(i).start(), i);
    }
  }

  void resolve(Map<Long, Integer> speakers) {
    List<Attribution> all = document.get(Attribution.LAYER);
    List<Attribution> ordered = new ArrayList<>(all);
    ordered.removeIf(a -> a.speakerKind() != Attribution.SpeakerKind.PRONOUN);
    ordered.sort(Comparator.comparingInt(Attribution::speakerStart));
    for (Attribution a : ordered) {
      long key = EntityClusters.spanKey(a.speakerStart(), a.speakerEnd());
      if (speakers.containsKey(key)) {
        continue;
      }
      int offset = a.speakerStart();
      int antecedent = addressed(offset);
      if (antecedent < 0) {
        antecedent = lastSubject(offset, all, true);
      }
      if (antecedent < 0) {
        antecedent = lastSubject(offset, all, false);
      }
      if (antecedent < 0) {
        antecedent = lastMentioned(offset, true);
      }
      if (antecedent < 0) {
        antecedent = lastMentioned(offset, false);
      }
      if (antecedent >= 0) {
        matcher.addPronoun(antecedent, a.speakerStart(), a.speakerEnd());
        speakers.put(key, antecedent);
      }
    }
  }

  /**
   * The person asked or reached earlier in the pronoun's sentence when the pronoun follows تو:
   * {@code حکومت کے ترجمان رازق بگٹی سے رابطہ کیا تو انھوں نے کہا} is Bugti; -1 if none.
   */
  private int addressed(int offset) {
    int p = tokenStarting.getOrDefault(offset, -1);
    if (p < 2 || !tokens.get(p - 1).norm().equals("تو")) {
      return -1;
    }
    for (int k = p - 2; k > 0; k--) {
      String w = tokens.get(k).norm();
      if (isSentenceEnd(k)) {
        break;
      }
      if (w.equals("سے")) {
        int end = tokens.get(k - 1).end();
        for (int id = 0; id < matcher.size(); id++) {
          EntityType type = matcher.get(id).type();
          if (type != null && type != EntityType.PERSON) {
            continue;
          }
          for (Matcher.Item m : matcher.get(id).mentions()) {
            if (m.end() == end && m.kind() != Mention.Kind.PRONOUN) {
              return id;
            }
          }
        }
      }
    }
    return -1;
  }

  /**
   * The cluster of the last subject mention of a person (or unknown-typed speaker) before
   * {@code offset}, or -1; {@code outsideContents}: only mentions that are not inside a
   * statement's content.
   */
  private int lastSubject(int offset, List<Attribution> attributions, boolean outsideContents) {
    int best = -1;
    int bestStart = -1;
    for (int id = 0; id < matcher.size(); id++) {
      EntityType type = matcher.get(id).type();
      if (type != null && type != EntityType.PERSON) {
        continue;
      }
      for (Matcher.Item m : matcher.get(id).mentions()) {
        if (m.subject() && m.end() <= offset && m.start() > bestStart
            && (!outsideContents || !insideContent(m, attributions))) {
          best = id;
          bestStart = m.start();
        }
      }
    }
    return best;
  }

  private boolean insideContent(Matcher.Item m, List<Attribution> attributions) {
    return reported(m.start(), m.end(), attributions) || inFirstPerson(m.start());
  }

  /**
   * True if the sentence around {@code offset} speaks in the first person (مجھے، میری، ہمیں):
   * the speaker's own words going on after a statement with no reporting verb, as in {@code
   * مجھ سے گوری شندے نے میری صلاحیتوں کے مطابق کام لیا۔ ... انہوں نے کہا} (the pronoun is still
   * the speaker, not Shinde). A first-person word inside a statement the sentence reports does
   * not count: in {@code وزیراعلیٰ مراد علی شاہ نے کہا کہ عوام کا تحفظ ہماری ترجیح ہے۔ انہوں نے
   * بتایا} the chief minister is the subject the pronoun takes.
   */
  private boolean inFirstPerson(int offset) {
    int s = sentences.firstEndingAfter(offset);
    return s < firstPerson.length && firstPerson[s];
  }

  private static boolean[] firstPersonSentences(Layer<Sentence> sentences, List<Token> tokens,
      List<Attribution> attributions) {
    boolean[] first = new boolean[sentences.size()];
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      for (int k = sentence.firstToken(); k < sentence.endToken() && !first[s]; k++) {
        Token token = tokens.get(k);
        first[s] = FIRST_PERSON.contains(token.norm())
            && !reported(token.start(), token.end(), attributions);
      }
    }
    return first;
  }

  /** True if {@code [start, end)} lies inside what one of {@code attributions} reports. */
  private static boolean reported(int start, int end, List<Attribution> attributions) {
    for (Attribution a : attributions) {
      if (a.start() <= start && end <= a.end()) {
        return true;
      }
    }
    return false;
  }

  private boolean isSentenceEnd(int k) {
    String w = tokens.get(k).norm();
    return w.equals("۔") || w.equals("؟") || w.equals("!") || w.equals(".");
  }

  /**
   * The cluster of the last mention before {@code offset}: of a person if {@code person}, else
   * of anything but a place; -1 if none.
   */
  private int lastMentioned(int offset, boolean person) {
    int best = -1;
    int bestStart = -1;
    for (int id = 0; id < matcher.size(); id++) {
      Matcher.Cluster cluster = matcher.get(id);
      if (person ? cluster.type() != EntityType.PERSON : cluster.type() == EntityType.LOCATION) {
        continue;
      }
      for (Matcher.Item m : cluster.mentions()) {
        if (m.end() <= offset && m.start() > bestStart) {
          best = id;
          bestStart = m.start();
        }
      }
    }
    return best;
  }
}
