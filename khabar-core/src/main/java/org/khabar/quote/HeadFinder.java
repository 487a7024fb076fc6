package org.khabar.quote;

import static org.khabar.quote.ReportingLexicon.*;

import java.util.List;
import org.khabar.tokenize.Token;

/**
 * Reads a reporting expression leftwards from its verb and finds who it names as the speaker.
 *
 * <ul>
 *   <li>A speech verb takes its speaker from the phrase before the nearest نے: {@code صدر
 *       پوتین نے ... کہا ہے کہ} (speaker صدر پوتین); {@code اے ایف پی نے پولیس کمانڈر X کے حوالے
 *       سے بتایا} (speaker X, whom the agency cites).
 *   <li>A bare-subject verb takes the phrase right before it: {@code مبصرین کہتے ہیں کہ}.
 *   <li>A reporting noun with a light verb is a speech verb: {@code شوئیگو نے ... دعویٰ کیا ہے
 *       کہ}، {@code امکان ظاہر کیا جا رہا ہے کہ}، {@code وکیل نے موقف اختیار کیا کہ}.
 *   <li>A held noun takes the phrase before its genitive: {@code ان کا کہنا تھا کہ}، {@code
 *       تہران کا اصرار ہے کہ}، {@code مقامی قبائل کو اعتراض تھا کہ}.
 *   <li>The passive names no one ({@code کہا جا رہا ہے کہ}), unless an agent or a document is
 *       given: {@code برازیلین صدر کے دفتر کی طرف سے ... کہا گیا}، {@code ہیومن رائٹس واچ کی اس
 *       رپورٹ میں کہا گیا ہے}، {@code سفارتخانے نے ایک بیان جاری کیا جس میں کہا گیا}.
 *   <li>A negated verb reports nothing: {@code انہوں نے یہ نہیں بتایا کہ}; nor does a question
 *       put to the speaker: {@code جب ان سے پوچھا گیا کہ}.
 * </ul>
 */
final class HeadFinder {

  private final List<Token> tokens;
  private final String[] norms;

  HeadFinder(List<Token> tokens, String[] norms) {
    this.tokens = tokens;
    this.norms = norms;
  }

  /**
   * The reporting expression whose last word (before auxiliaries) is token {@code v}, whose
   * word there is {@code word} (a joined کہاکہ gives کہا), within a sentence starting at token
   * {@code limit}; {@code passive} if a passive auxiliary followed it. Null if it is none.
   */
  Head at(int v, String word, boolean passive, int limit) {
    if (AGENTIVE_VERBS.contains(word)) {
      if (negated(v, limit) || (passive && word.equals("پوچھا"))) {
        return null;
      }
      return passive ? passiveHead(word, v, limit) : agentHead(word, v, limit);
    }
    if (NOMINATIVE_VERBS.contains(word) && !passive) {
      if (negated(v, limit)) {
        return null;
      }
      int[] phrase = SpeakerPhrase.before(tokens, norms, v, limit);
      return Head.of(word, v, phrase, isPronoun(phrase));
    }
    if (LIGHT_VERBS.contains(word) && v - 1 >= limit) {
      int n = v - 1;
      String light = word;
      if (norms[n].equals("ظاہر") || norms[n].equals("عائد") || norms[n].equals("اختیار")) {
        light = norms[n] + " " + word; // تشویش ظاہر کی، الزام عائد کیا، موقف اختیار کیا
        n--;
      }
      if (n < limit) {
        return null;
      }
      String noun = norms[n];
      if (n - 1 >= limit && REPORTING_NOUNS.contains(norms[n - 1] + " " + noun)) {
        noun = norms[n - 1] + " " + noun;
        n--;
      } else if (!REPORTING_NOUNS.contains(noun)) {
        return null;
      }
      if (negated(n, limit)) {
        return null;
      }
      String verb = noun + " " + light;
      return passive ? passiveHead(verb, n, limit) : agentHead(verb, n, limit);
    }
    if (ReportingLexicon.joinedKaKahna(word) != null) {
      int[] phrase = SpeakerPhrase.before(tokens, norms, v, limit);
      return Head.of("کا کہنا", v, phrase, isPronoun(phrase));
    }
    if (HELD_NOUNS.contains(word)) {
      for (int g = v - 1; g >= Math.max(limit, v - 5); g--) {
        if (GENITIVES.contains(norms[g])) {
          if (!norms[g].equals("کو") || word.equals("اعتراض")) {
            int[] phrase = SpeakerPhrase.before(tokens, norms, g, limit);
            if (phrase == null) {
              return null;
            }
            return Head.of((norms[g].equals("کو") ? "کو " : "کا ") + word, g, phrase,
                isPronoun(phrase));
          }
          return null;
        }
        if (!isFiller(norms[g])) {
          return null;
        }
      }
    }
    return null;
  }

  /** Words that may stand between کا and کہنا: ان کا مزید کہنا، ان کا ایک بیان میں کہنا. */
  private static boolean isFiller(String w) {
    return w.equals("مزید") || w.equals("بھی") || w.equals("یہ") || w.equals("ایک")
        || w.equals("بیان") || w.equals("میں") || w.equals("تو") || w.equals("اپنے")
        || w.equals("ہی");
  }

  private boolean negated(int head, int limit) {
    for (int k = head - 1; k >= Math.max(limit, head - 3); k--) {
      if (NEGATIONS.contains(norms[k])) {
        return true;
      }
      if (!norms[k].equals("بھی") && !norms[k].equals("یہ") && !norms[k].equals("کچھ")
          && !norms[k].equals("تو")) {
        return false;
      }
    }
    return false;
  }

  private Head agentHead(String verb, int head, int limit) {
    if (ReportingLexicon.afterJoinedErgative(norms[head]) != null) {
      int[] phrase = SpeakerPhrase.before(tokens, norms, head, limit); // خورشید شاہ نےکہاکہ
      return Head.of(verb, head, phrase, isPronoun(phrase));
    }
    for (int k = head - 1; k >= limit; k--) {
      String w = norms[k];
      if (w.equals("حوالے") && k + 1 < head && norms[k + 1].equals("سے") && k - 1 >= limit
          && norms[k - 1].equals("کے")) {
        int[] cited = SpeakerPhrase.before(tokens, norms, k - 1, limit);
        if (cited != null) {
          return Head.of(verb, head, cited, isPronoun(cited));
        }
      }
      if (w.equals("نے")) {
        int[] phrase = SpeakerPhrase.before(tokens, norms, k, limit);
        return Head.of(verb, head, phrase, isPronoun(phrase));
      }
      if (w.equals("کہ") || ReportingLexicon.stemOfJoinedKe(w) != null || QuoteMarks.isMark(tokens.get(k))) {
        break;
      }
    }
    return Head.of(verb, head, null, false);
  }

  private Head passiveHead(String verb, int head, int limit) {
    for (int k = head - 1; k >= limit; k--) {
      String w = norms[k];
      if (w.equals("سے") && k - 2 >= limit && (norms[k - 1].equals("طرف") || norms[k - 1].equals("جانب"))
          && norms[k - 2].equals("کی")) {
        int[] agent = SpeakerPhrase.before(tokens, norms, k - 2, limit);
        return Head.of(verb, head, agent, isPronoun(agent));
      }
      if (w.equals("میں") && k - 1 >= limit && DOCUMENTS.contains(norms[k - 1])) {
        return documentHead(verb, head, k, limit);
      }
      if (w.equals("میں") && k - 1 >= limit && norms[k - 1].equals("جس")) {
        int[] issuer = issuerOfDocumentBefore(k - 1, limit);
        if (issuer != null) {
          return Head.of(verb, head, issuer, isPronoun(issuer));
        }
      }
      if (w.equals("کہ") || w.equals("نے")) {
        break;
      }
    }
    return Head.of(verb, head, null, false);
  }

  /** How far back from «جس میں» the document may be named: {@code ایک بیان جاری کیا جس میں}. */
  private static final int DOCUMENT_REACH = 4;

  /**
   * {@code X نے ایک بیان جاری کیا جس میں کہا گیا کہ}: the one who issued the document that the
   * relative {@code جس} (at {@code jis}) points back to; null if none is named so.
   */
  private int[] issuerOfDocumentBefore(int jis, int limit) {
    for (int d = jis - 1; d >= limit && d >= jis - DOCUMENT_REACH; d--) {
      if (DOCUMENTS.contains(norms[d])) {
        for (int n = d - 1; n >= limit && n >= d - 2; n--) {
          if (norms[n].equals("نے")) {
            return SpeakerPhrase.before(tokens, norms, n, limit);
          }
        }
        return null;
      }
    }
    return null;
  }

  /**
   * How many words may stand between «کی جانب سے» and the document it issued: {@code اسپتال کی
   * جانب سے گذشتہ روز جاری ہونے والے بیان میں کہا گیا}.
   */
  private static final int ISSUE_REACH = 6;

  /**
   * {@code X کی رپورٹ میں کہا گیا}: the speaker is X, and so in {@code ان کی طرف سے جاری کردہ بیان
   * میں کہا گیا} (here a pronoun) and {@code اسپتال کی جانب سے گذشتہ روز جاری ہونے والے بیان میں
   * کہا گیا}; a bare document ({@code اس رپورٹ میں}) has the author given
   * where it was mentioned before, or none.
   */
  private Head documentHead(String verb, int head, int mein, int limit) {
    int[] phrase = SpeakerPhrase.before(tokens, norms, mein, limit);
    if (phrase == null) {
      return Head.of(verb, head, null, false);
    }
    for (int k = phrase[0] - 1; k - 2 >= limit && k >= phrase[0] - 1 - ISSUE_REACH; k--) {
      if (norms[k].equals("سے") && (norms[k - 1].equals("طرف") || norms[k - 1].equals("جانب"))
          && norms[k - 2].equals("کی")) {
        int[] agent = SpeakerPhrase.before(tokens, norms, k - 2, limit);
        if (agent != null) {
          return Head.of(verb, head, agent, isPronoun(agent));
        }
        break;
      }
      if (isSentenceEnd(k) || norms[k].equals("نے") || norms[k].equals("کہ")) {
        break;
      }
    }
    for (int g = mein - 2; g > phrase[0]; g--) {
      if (GENITIVES.contains(norms[g])) {
        return Head.of(verb, head, new int[] {phrase[0], g}, isPronoun(new int[] {phrase[0], g}));
      }
    }
    boolean indefinite = norms[phrase[0]].equals("ایک");
    boolean bare = phrase[1] - phrase[0] == 1
        || (phrase[1] - phrase[0] == 2 && (norms[phrase[0]].equals("اس") || norms[phrase[0]].equals("اسی")));
    if (indefinite) {
      return Head.of(verb, head, new int[] {phrase[0] + 1, phrase[1]}, false);
    }
    if (bare) {
      return Head.of(verb, head, authorBefore(norms[mein - 1], limit), false);
    }
    return Head.of(verb, head, phrase, false);
  }

  /**
   * The author of a document named bare ({@code اس رپورٹ میں}، {@code پمفلیٹ میں}): the author
   * given where the report mentioned that document before, by a genitive ({@code پیو ... پراجیکٹ
   * کے ایک سروے}) or by کی جانب سے / کی طرف سے ({@code حکومتی فورسز کی جانب سے قصیر کے علاقے میں
   * پمفلیٹ کی تقسیم}); null if it gave none (the document then names no speaker).
   */
  private int[] authorBefore(String document, int limit) {
    for (int j = limit - 1; j >= 0; j--) {
      if (!norms[j].equals(document)) {
        continue;
      }
      int start = j;
      while (start > 0 && !isSentenceEnd(start - 1)) {
        start--;
      }
      int g = j - 1;
      if (g >= start && (norms[g].equals("ایک") || norms[g].equals("اس") || norms[g].equals("اسی"))) {
        g--;
      }
      if (g > start && GENITIVES.contains(norms[g]) && !norms[g].equals("کو")) {
        int[] author = SpeakerPhrase.before(tokens, norms, g, start);
        if (author != null && !isPronoun(author)) {
          return author;
        }
      }
      for (int k = j - 1; k >= Math.max(start + 2, j - 8); k--) {
        if (norms[k].equals("سے") && (norms[k - 1].equals("جانب") || norms[k - 1].equals("طرف"))
            && norms[k - 2].equals("کی")) {
          int[] author = SpeakerPhrase.before(tokens, norms, k - 2, start);
          if (author != null && !isPronoun(author)) {
            return author;
          }
        }
      }
    }
    return null;
  }

  private boolean isSentenceEnd(int k) {
    String w = norms[k];
    return w.equals("۔") || w.equals(".") || w.equals("؟") || w.equals("!");
  }

  private boolean isPronoun(int[] phrase) {
    return phrase != null && SpeakerPhrase.isPronoun(norms, phrase[0], phrase[1]);
  }
}
