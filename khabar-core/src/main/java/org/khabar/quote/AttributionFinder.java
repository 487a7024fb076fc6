package org.khabar.quote;

import static org.khabar.quote.ReportingLexicon.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khabar.entity.Entity;
import org.khabar.sentence.Sentence;
import org.khabar.text.Document;
import org.khabar.text.Layer;
import org.khabar.tokenize.Token;
import org.khabar.tokenize.TokenType;
import org.khabar.value.ValueStage;

/**
 * Finds what a report says that someone said, sentence by sentence:
 *
 * <ul>
 *   <li>{@code ... کہ CONTENT}: a reporting expression before کہ ({@code انہوں نے کہا کہ}،
 *       {@code ان کا کہنا تھا کہ}، {@code نے دعویٰ کیا ہے کہ}); the content runs from کہ to the end
 *       of the sentence, or is the quotation that opens right after it (then it is direct);
 *   <li>{@code X نے کہا CONTENT} and {@code X کا کہنا تھا CONTENT} with no کہ: {@code انہوں نے
 *       کہا آئین کیخلاف ...}، {@code ان کا ایک بیان میں کہنا تھا ’ناسا ...‘};
 *   <li>{@code X کے مطابق CONTENT}: attribution to a source that speaks (not تفصیلات کے مطابق),
 *       not after a possessive ({@code میری صلاحیتوں کے مطابق}), dropped when the same sentence reports someone's words itself ({@code خبر رساں کے مطابق
 *       ... امریکی صدر نے کہا کہ ...}); a document's author is the speaker ({@code ایران کے
 *       سرکاری میڈیا کی رپورٹ کے مطابق}: ایران کے سرکاری میڈیا);
 *   <li>{@code ان کے بقول CONTENT};
 *   <li>what is attributed after it: a quotation followed by its speaker and verb, a sentence
 *       followed by «ان خیالات کا اظہار X نے ... کیا» ({@link AfterwardAttributions}).
 * </ul>
 *
 * <p>An indirect content stops before a {@code تاہم/لیکن/جبکہ} that starts a new clause with a
 * pronoun or نے ({@code ... حالت اچھی ہے تاہم انہوں نے یہ نہیں بتایا}), and goes on into the next
 * sentence when that starts with اور ({@code ... رکھتا ہے ۔ اور وہ ... نہیں کرسکتے}). Quotations
 * that no expression claims are scare quotes (up to four words) or unattributed.
 */
final class AttributionFinder {

  static final int SCARE_MAX_WORDS = 4;

  /**
   * Possessives that make کے مطابق "in keeping with", not a source: {@code میری صلاحیتوں کے
   * مطابق}، {@code اپنے وعدے کے مطابق}.
   */
  static final java.util.Set<String> POSSESSIVES =
      java.util.Set.of("میری", "میرے", "میرا", "ہماری", "ہمارے", "ہمارا", "اپنی", "اپنے", "اپنا",
          "آپ", "تمہاری", "تمہارے");

  private final Document document;
  private final List<Token> tokens;
  private final String[] norms;
  private final Layer<Sentence> sentences;
  private final List<Entity> entities;
  private final List<Entity> values;
  private final List<Quotation> quotations;
  private final Map<Integer, Integer> quotationAtMark = new HashMap<>();
  private final Map<Integer, Integer> tokenAt = new HashMap<>();
  private final HeadFinder heads;
  private final ClauseSubjects subjects;
  private final boolean[] claimed;

  AttributionFinder(Document document, List<Quotation> quotations, List<Entity> entities) {
    this.document = document;
    this.tokens = document.get(Token.LAYER);
    this.sentences = document.get(Sentence.LAYER);
    this.entities = entities;
    this.values = document.find(ValueStage.LAYER).map(l -> (List<Entity>) l).orElse(List.of());
    this.quotations = quotations;
    this.norms = new String[tokens.size()];
    for (int i = 0; i < norms.length; i++) {
      norms[i] = tokens.get(i).norm();
      tokenAt.put(tokens.get(i).start(), i);
    }
    for (int q = 0; q < quotations.size(); q++) {
      quotationAtMark.put(quotations.get(q).open(), q);
    }
    this.heads = new HeadFinder(tokens, norms);
    this.subjects = new ClauseSubjects(tokens, norms, entities, tokenAt);
    this.claimed = new boolean[quotations.size()];
  }

  /** The attributions found, by start; afterwards {@link #quotations()} gives their kinds. */
  List<Attribution> find() {
    List<Attribution> all = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      List<Attribution> found = new ArrayList<>();
      Sentence sentence = sentences.get(s);
      for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
        Attribution a = at(i, s);
        if (a != null) {
          found.add(a);
        }
      }
      all.addAll(tidy(found, sentence));
    }
    AfterwardAttributions afterward = new AfterwardAttributions(
        document, tokens, norms, quotations, quotationAtMark, tokenAt, claimed);
    all.addAll(afterward.quotations());
    all.addAll(new ColonAttributions(
        tokens, norms, sentences, entities, quotations, tokenAt, claimed).find());
    all.addAll(afterward.views(all));
    all.sort(Comparator.comparingInt(Attribution::start).thenComparingInt(Attribution::end));
    return all;
  }

  /** The quotations with their kinds decided. */
  List<Quotation> quotations() {
    List<Quotation> result = new ArrayList<>();
    for (int q = 0; q < quotations.size(); q++) {
      Quotation quotation = quotations.get(q);
      Quotation.Kind kind = claimed[q] ? Quotation.Kind.STATEMENT
          : words(quotation) <= SCARE_MAX_WORDS ? Quotation.Kind.SCARE
          : Quotation.Kind.UNATTRIBUTED;
      result.add(quotation.withKind(kind));
    }
    return result;
  }

  private Attribution at(int i, int s) {
    Sentence sentence = sentences.get(s);
    int limit = sentence.firstToken();
    String w = withoutJoinedErgative(norms[i]);
    if (w.equals("کہ") || stemOfJoinedKe(w) != null) {
      boolean joined = !w.equals("کہ");
      int v = joined ? i : i - 1;
      String word = joined ? stemOfJoinedKe(w)
          : v >= limit ? withoutJoinedErgative(norms[v]) : "";
      boolean passive = false;
      while (v >= limit && (AUXILIARIES.contains(word) || PASSIVE.contains(word))) {
        passive |= PASSIVE.contains(word);
        v--;
        word = v >= limit ? norms[v] : "";
      }
      if (v < limit) {
        return null;
      }
      ReportingLexicon.JoinedVerb joinedVerb = ReportingLexicon.joinedVerb(word);
      if (joinedVerb != null) {
        word = joinedVerb.verb();
        passive |= joinedVerb.passive();
      }
      Head head = withClauseSubject(heads.at(v, word, passive, limit), passive, limit);
      return head == null ? null : make(head, i + 1, s);
    }
    if (w.length() > 3 && w.startsWith("کہا")) { // read only words that may be کہا joined
      ReportingLexicon.JoinedVerb joinedKaha = ReportingLexicon.joinedVerb(w);
      if (joinedKaha != null && joinedKaha.verb().equals("کہا") && !joinedKaha.passive()) {
        w = "کہا"; // a joined کہاہے before its content reads as کہا ہے
      }
    }
    if (w.equals("کہا") || w.equals("کہنا") || w.equals("کاکہنا")) {
      int n = afterAuxiliaries(i, sentence);
      if (n >= sentence.endToken() || !opensBareContent(n) || (i > limit && norms[i - 1].equals("کو"))) {
        return null;
      }
      Head head = withClauseSubject(heads.at(i, w, false, limit), false, limit);
      if (head == null || (w.equals("کہا") && !head.hasSpeaker())) {
        return null;
      }
      return make(head, n, s);
    }
    if (w.equals("لکھا") || w.equals("بتایا")) {
      return quotedAfter(i, w, s);
    }
    if ((w.equals("مطابق") && i - 1 >= limit && norms[i - 1].equals("کے")) || w.equals("کےمطابق")) {
      int genitive = w.equals("مطابق") ? i - 1 : i;
      return source("کے مطابق", genitive, i + 1, s);
    }
    if (w.equals("بقول") && i - 1 >= limit && (norms[i - 1].equals("کے") || norms[i - 1].equals("کہ"))) {
      return source("بقول", i - 1, i + 1, s);
    }
    return null;
  }

  /**
   * A quotation right after لکھا or بتایا, maybe after a colon: {@code انہوں نے ٹوئٹر پر لکھا:
   * "ہمارے پاس وقت کم ہے"}. Unlike کہا, these verbs take other objects too (خط لکھا, a letter),
   * so only quote marks open their content; null if none follow.
   */
  private Attribution quotedAfter(int i, String verb, int s) {
    Sentence sentence = sentences.get(s);
    int n = afterAuxiliaries(i, sentence);
    if (n < sentence.endToken() && document.textOf(tokens.get(n)).equals(":")) {
      n++;
    }
    if (n >= sentence.endToken() || !QuoteMarks.isMark(tokens.get(n))) {
      return null;
    }
    Head head = heads.at(i, verb, false, sentence.firstToken());
    return head == null || !head.hasSpeaker() ? null : make(head, n, s);
  }

  /**
   * The head, with the sentence's subject as its speaker if it has none and «اور» joins it to
   * the clause before ({@link ClauseSubjects}).
   */
  private Head withClauseSubject(Head head, boolean passive, int limit) {
    if (head == null || head.hasSpeaker() || passive || head.from() - 1 < limit
        || !norms[head.from() - 1].equals("اور")) {
      return head;
    }
    int[] subject = subjects.before(head.from() - 1, limit);
    return subject == null ? head : Head.of(head.verb(), head.from(), subject, false);
  }

  /** The first token after the verb at {@code verb} and the auxiliaries that follow it. */
  private int afterAuxiliaries(int verb, Sentence sentence) {
    int n = verb + 1;
    while (n < sentence.endToken() && AUXILIARIES.contains(norms[n])) {
      n++;
    }
    return n;
  }

  /** {@code word} without an ergative written joined before a speech verb: نےکہاکہ → کہاکہ. */
  private static String withoutJoinedErgative(String word) {
    String rest = ReportingLexicon.afterJoinedErgative(word);
    return rest != null ? rest : word;
  }

  /** True if token {@code n} can start content right after a verb with no کہ. */
  private boolean opensBareContent(int n) {
    Token token = tokens.get(n);
    if (QuoteMarks.isMark(token)) {
      return true;
    }
    if (token.type() == TokenType.PUNCT) {
      String mark = document.textOf(token);
      return (mark.equals(":") || mark.equals("،") || mark.equals(",")) && n + 1 < tokens.size()
          && (tokens.get(n + 1).isWord() || QuoteMarks.isMark(tokens.get(n + 1)));
    }
    String w = norms[n];
    return token.isWord() && !w.equals("کہ") && stemOfJoinedKe(w) == null
        && !PASSIVE.contains(w) && !CLAUSE_BREAKS.contains(w) && !BOUNDARIES.contains(w)
        && !w.equals("جس") && !w.equals("جو") && !w.equals("اور") && !w.equals("کہ");
  }

  private Attribution source(String verb, int genitive, int contentFrom, int s) {
    int limit = sentences.get(s).firstToken();
    int[] phrase = SpeakerPhrase.before(tokens, norms, genitive, limit);
    if (phrase == null) {
      return null;
    }
    String head = norms[phrase[1] - 1];
    if (head.length() > 4 && (head.startsWith("کے") || head.startsWith("کی"))) {
      head = head.substring(2);
    }
    if (NOT_SOURCES.contains(head) || NOT_SOURCES.contains(norms[phrase[0]])
        && phrase[1] - phrase[0] == 1) {
      return null;
    }
    boolean pronoun = SpeakerPhrase.isPronoun(norms, phrase[0], phrase[1]);
    if (pronoun && !norms[phrase[0]].startsWith("ان") || POSSESSIVES.contains(norms[phrase[0]])) {
      return null;
    }
    int to = authorOfDocument(phrase[0], phrase[1]);
    return make(new Head(verb, phrase[0], phrase[0], to, pronoun), contentFrom, s);
  }

  /**
   * The end of the speaker in a phrase {@code [from, to)} that names a document by its author:
   * {@code ایران کے سرکاری میڈیا کی رپورٹ} (کے مطابق) → ایران کے سرکاری میڈیا, as in {@code X کی
   * رپورٹ میں کہا گیا}; {@code to} for any other phrase.
   */
  private int authorOfDocument(int from, int to) {
    int last = to - 1;
    if (to - from >= 3 && DOCUMENTS.contains(norms[last]) && GENITIVES.contains(norms[last - 1])
        && !norms[last - 1].equals("کو")) {
      return last - 1;
    }
    return to;
  }

  /** The attribution with content from token {@code from}, or null if there is no content. */
  private Attribution make(Head head, int from, int s) {
    Sentence sentence = sentences.get(s);
    int end = sentence.endToken();
    while (from < end && tokens.get(from).type() == TokenType.PUNCT && !QuoteMarks.isMark(tokens.get(from))) {
      from++;
    }
    if (from >= end) {
      if (s + 1 >= sentences.size()) {
        return null;
      }
      sentence = sentences.get(++s);
      from = sentence.firstToken();
      end = sentence.endToken();
    }
    int[] date = DatePhrase.find(tokens, norms, sentences.get(s).firstToken(), head.from(), entities,
        values);
    int speakerStart = head.hasSpeaker() ? tokens.get(head.speakerFrom()).start() : -1;
    int speakerEnd = head.hasSpeaker() ? tokens.get(head.speakerTo() - 1).end() : -1;
    Attribution.SpeakerKind kind = !head.hasSpeaker() ? Attribution.SpeakerKind.NONE
        : head.pronoun() ? Attribution.SpeakerKind.PRONOUN : Attribution.SpeakerKind.PHRASE;
    Integer q = quotationAtMark.get(tokens.get(from).start());
    if (q != null && isWholeContent(quotations.get(q), sentence)) {
      claimed[q] = true;
      Quotation quotation = quotations.get(q);
      return new Attribution(quotation.start(), quotation.end(), Statement.Type.DIRECT, head.verb(),
          speakerStart, speakerEnd, kind, date == null ? -1 : date[0], date == null ? -1 : date[1]);
    }
    int last = contentEnd(from, s);
    if (last < from) {
      return null;
    }
    return new Attribution(tokens.get(from).start(), tokens.get(last).end(), Statement.Type.INDIRECT,
        head.verb(), speakerStart, speakerEnd, kind, date == null ? -1 : date[0],
        date == null ? -1 : date[1]);
  }

  /** True if the quotation is the whole content, not a title inside it (کہا کہ "بینگ بینگ" میری ...). */
  private boolean isWholeContent(Quotation quotation, Sentence sentence) {
    if (!quotation.closed() || words(quotation) > SCARE_MAX_WORDS) {
      return true;
    }
    Integer close = tokenAt.get(quotation.close());
    if (close == null) {
      return true;
    }
    for (int k = close + 1; k < sentence.endToken(); k++) {
      if (tokens.get(k).isWord() || tokens.get(k).type() == TokenType.NUMBER) {
        return false;
      }
    }
    return true;
  }

  /** The last token of an indirect content that starts at token {@code from} of sentence s. */
  private int contentEnd(int from, int s) {
    Sentence sentence = sentences.get(s);
    int last = sentence.endToken() - 1;
    for (int k = from + 1; k < sentence.endToken(); k++) {
      if (CLAUSE_BREAKS.contains(norms[k]) && startsNewSubject(k + 1, sentence.endToken())) {
        last = k - 1;
        break;
      }
    }
    if (last == sentence.endToken() - 1 && s + 1 < sentences.size()) {
      Sentence next = sentences.get(s + 1);
      if (next.tokenCount() > 0 && norms[next.firstToken()].equals("اور")
          && !sameParagraphBreak(sentence, next)) {
        last = next.endToken() - 1;
      }
    }
    while (last >= from && (tokens.get(last).type() == TokenType.PUNCT)) {
      last--;
    }
    return last;
  }

  private boolean sameParagraphBreak(Sentence a, Sentence b) {
    return document.text().substring(a.end(), b.start()).indexOf('\n') >= 0;
  }

  private boolean startsNewSubject(int k, int end) {
    for (int j = k; j < Math.min(end, k + 3); j++) {
      if (PRONOUNS.contains(norms[j]) || norms[j].equals("نے")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Drops a کے مطابق whose sentence reports someone's own words after it, and ends an indirect
   * content where a later reporting clause of the same sentence begins after a comma.
   */
  private List<Attribution> tidy(List<Attribution> found, Sentence sentence) {
    List<Attribution> kept = new ArrayList<>();
    for (int n = 0; n < found.size(); n++) {
      Attribution a = found.get(n);
      if (a.verb().equals("کے مطابق")) {
        boolean framing = false;
        for (Attribution b : found) {
          if (b != a && !b.verb().equals("کے مطابق") && b.start() > a.start()
              && b.start() <= a.end() && !punctuationBetween(a.start(), b.start())
              && breakBefore(a.start(), b) < 0) {
            framing = true;
            if (!b.hasSpeaker()) {
              kept.remove(b);
              found.set(found.indexOf(b), b.withSpeaker(a));
            }
          }
        }
        if (framing) {
          continue;
        }
      }
      kept.add(a);
    }
    List<Attribution> result = new ArrayList<>();
    for (Attribution a : kept) {
      Attribution cut = a;
      if (a.type() == Statement.Type.INDIRECT) {
        for (Attribution b : kept) {
          if (b != a && b.start() > a.start() && b.start() < cut.end()) {
            int k = breakBefore(a.start(), b);
            if (k > 0 && tokens.get(k - 1).end() > cut.start()) {
              cut = cut.withEnd(tokens.get(k - 1).end());
            }
          }
        }
      }
      if (cut.end() > cut.start()) {
        result.add(cut);
      }
    }
    return result;
  }

  /**
   * The token that starts the clause of {@code b} after content starting at {@code from}: the
   * last comma or linking word ({@code ، تاہم لیکن جبکہ کیونکہ اور}) before b's speaker (or
   * content), at most twelve tokens back; -1 if there is none.
   */
  private int breakBefore(int from, Attribution b) {
    Integer at = tokenAt.get(b.hasSpeaker() ? b.speakerStart() : b.start());
    if (at == null) {
      return -1;
    }
    for (int k = at - 1; k >= Math.max(0, at - 12) && tokens.get(k).start() > from; k--) {
      String w = norms[k];
      if (w.equals("،") || w.equals(",") || CLAUSE_BREAKS.contains(w) || w.equals("کیونکہ")
          || w.equals("اور")) {
        int end = k;
        while (end > 0 && tokens.get(end - 1).type() == TokenType.PUNCT) {
          end--;
        }
        return end;
      }
    }
    return -1;
  }

  /** True if a punctuation token lies between the two offsets. */
  private boolean punctuationBetween(int from, int to) {
    for (Token token : tokens) {
      if (token.start() >= to) {
        break;
      }
      if (token.start() >= from && token.type() == TokenType.PUNCT && !QuoteMarks.isMark(token)) {
        return true;
      }
    }
    return false;
  }

  private int words(Quotation quotation) {
    return wordsIn(tokens, quotation);
  }

  /** The words of {@code quotation} (word tokens inside its marks). */
  static int wordsIn(List<Token> tokens, Quotation quotation) {
    int count = 0;
    for (Token token : tokens) {
      if (token.start() >= quotation.start() && token.end() <= quotation.end() && token.isWord()) {
        count++;
      }
      if (token.start() >= quotation.end()) {
        break;
      }
    }
    return count;
  }
}
