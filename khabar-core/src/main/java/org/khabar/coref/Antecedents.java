package org.khabar.coref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.khabar.entity.EntityType;
import org.khabar.quote.Attribution;
import org.khabar.sentence.Sentence;
import org.khabar.text.Document;
import org.khabar.text.Layer;

/**
 * Resolves pronoun speakers, in text order.
 *
 * <ul>
 *   <li>A pronoun within {@value #WINDOW} sentences of the last named speaker refers to that
 *       speaker, unless a person is named after that speaker's last mention: {@code صدر پوتین نے
 *       ... کہا ہے کہ ... ان کا کہنا تھا کہ ... انھوں نے کہا کہ} are all Putin's; in {@code ...
 *       بیس فیصد کہتے ہیں ... ڈان پلیش کا خیال ہے ... انہوں نے کہا} the pronoun is Pleasch's.
 *   <li>Else it refers to the person (or unknown-typed speaker) mentioned last before it, never
 *       a place: {@code شین واٹسن ... وہ ان دنوں ... انہوں نے کہا کہ} is Watson's.
 *   <li>A pronoun with nothing before it stays unresolved (speaker unknown).
 * </ul>
 */
final class Antecedents {

  static final int WINDOW = 3;

  private final Document document;
  private final Matcher matcher;
  private final Layer<Sentence> sentences;

  Antecedents(Document document, Matcher matcher) {
    this.document = document;
    this.matcher = matcher;
    this.sentences = document.get(Sentence.LAYER);
  }

  void resolve(Map<Long, Integer> speakers) {
    List<Attribution> ordered = new ArrayList<>(document.get(Attribution.LAYER));
    ordered.removeIf(a -> !a.hasSpeaker());
    ordered.sort(Comparator.comparingInt(Attribution::speakerStart));
    int lastSpeaker = -1;
    int lastSentence = -1;
    for (Attribution a : ordered) {
      long key = EntityClusters.spanKey(a.speakerStart(), a.speakerEnd());
      int sentence = sentenceOf(a.speakerStart());
      if (a.speakerKind() == Attribution.SpeakerKind.PRONOUN) {
        Integer known = speakers.get(key);
        int person = lastPersonName(a.speakerStart());
        int antecedent = known != null ? known
            : lastSpeaker >= 0 && sentence - lastSentence <= WINDOW
                && (person < 0 || lastMentionStart(person, a.speakerStart())
                    <= lastMentionStart(lastSpeaker, a.speakerStart())) ? lastSpeaker
            : lastMentioned(a.speakerStart());
        if (antecedent >= 0) {
          if (known == null) {
            matcher.addPronoun(antecedent, a.speakerStart(), a.speakerEnd());
            speakers.put(key, antecedent);
          }
          lastSpeaker = antecedent;
          lastSentence = sentence;
        }
      } else {
        Integer cluster = speakers.get(key);
        if (cluster != null) {
          lastSpeaker = cluster;
          lastSentence = sentence;
        }
      }
    }
  }

  /** The cluster of the last PERSON name mention before {@code offset}, or -1. */
  private int lastPersonName(int offset) {
    int best = -1;
    int bestStart = -1;
    for (int id = 0; id < matcher.size(); id++) {
      if (matcher.get(id).type() != EntityType.PERSON) {
        continue;
      }
      int start = lastMentionStart(id, offset);
      if (start > bestStart) {
        best = id;
        bestStart = start;
      }
    }
    return best;
  }

  /** Where cluster {@code id} is last mentioned before {@code offset}, or -1. */
  private int lastMentionStart(int id, int offset) {
    int last = -1;
    for (Mention m : matcher.get(id).mentions()) {
      if (m.end() <= offset) {
        last = Math.max(last, m.start());
      }
    }
    return last;
  }

  /** The cluster of the last person or unknown-typed mention before {@code offset}, or -1. */
  private int lastMentioned(int offset) {
    int best = -1;
    int bestStart = -1;
    for (int id = 0; id < matcher.size(); id++) {
      Matcher.Cluster cluster = matcher.get(id);
      if (cluster.type() == EntityType.LOCATION) {
        continue;
      }
      for (Mention m : cluster.mentions()) {
        if (m.end() <= offset && m.start() > bestStart) {
          best = id;
          bestStart = m.start();
        }
      }
    }
    return best;
  }

  private int sentenceOf(int offset) {
    int i = sentences.firstEndingAfter(offset);
    return Math.min(i, Math.max(0, sentences.size() - 1));
  }
}
