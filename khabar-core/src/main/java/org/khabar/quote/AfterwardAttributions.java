package org.khabar.quote;

import static org.khabar.quote.ReportingLexicon.AUXILIARIES;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.dateline.Dateline;
import org.khabar.normalize.Punctuation;
import org.khabar.sentence.Sentence;
import org.khabar.text.CharSpan;
import org.khabar.text.Document;
import org.khabar.text.Layer;
import org.khabar.text.Span;
import org.khabar.tokenize.Token;
import org.khabar.tokenize.TokenType;

/**
 * Attributions that come after what they attribute, which {@link AttributionFinder} reads once
 * the attributions before their content are known:
 *
 * <ul>
 *   <li>a quotation followed by its speaker and verb: {@code ’...‘، انہوں نے کہا۔}، {@code
 *       ’...‘، انہوں نے صحافیوں کو بتایا۔} (to whom it was said), {@code "..."، وزیر خارجہ نے
 *       صحافیوں سے گفتگو کرتے ہوئے کہا۔} (the occasion), {@code "..."،انہوں نے یہ بات ایک اجلاس سے
 *       خطاب کرتے ہوئے کہی۔}, {@code ’...‘، یہ بات بلاول بھٹو زرداری نے جلسے سے خطاب کرتے ہوئے
 *       کہی۔}; a quotation of four words or fewer only where it opens its sentence
 *       and a comma follows it ({@code "یہ بڑی کامیابی ہے"،ترجمان نے کہا۔}), else it is a scare
 *       quote;
 *   <li>a sentence followed by «ان خیالات کا اظہار X نے ... کیا» (these views were expressed by
 *       X), when nothing attributes it yet.
 * </ul>
 *
 * <p>It marks the quotations it attributes in the finder's {@code claimed} array.
 */
final class AfterwardAttributions {

  private final Document document;
  private final List<Token> tokens;
  private final String[] norms;
  private final Layer<Sentence> sentences;
  private final List<Quotation> quotations;
  private final Map<Integer, Integer> quotationAtMark;
  private final Map<Integer, Integer> tokenAt;
  private final boolean[] claimed;

  AfterwardAttributions(Document document, List<Token> tokens, String[] norms,
      List<Quotation> quotations, Map<Integer, Integer> quotationAtMark,
      Map<Integer, Integer> tokenAt, boolean[] claimed) {
    this.document = document;
    this.tokens = tokens;
    this.norms = norms;
    this.sentences = document.get(Sentence.LAYER);
    this.quotations = quotations;
    this.quotationAtMark = quotationAtMark;
    this.tokenAt = tokenAt;
    this.claimed = claimed;
  }

  /** Quotations followed by their attribution: ’...‘، انہوں نے کہا۔ */
  List<Attribution> quotations() {
    List<Attribution> found = new ArrayList<>();
    for (int q = 0; q < quotations.size(); q++) {
      Quotation quotation = quotations.get(q);
      if (claimed[q] || !quotation.closed()) {
        continue;
      }
      Integer close = tokenAt.get(quotation.close());
      if (close == null) {
        continue;
      }
      int k = close + 1;
      boolean comma = false;
      while (k < tokens.size() && tokens.get(k).type() == TokenType.PUNCT
          && !tokens.get(k).punctuation().isSentenceTerminal()) {
        comma |= tokens.get(k).punctuation() == Punctuation.COMMA;
        k++;
      }
      if (AttributionFinder.wordsIn(tokens, quotation) <= AttributionFinder.SCARE_MAX_WORDS
          && !(comma && quotationOpensSentence(quotation))) {
        continue; // a short quotation is a statement only as «"یہ بڑی کامیابی ہے"، ترجمان نے کہا»
      }
      boolean objectFirst = k + 1 < tokens.size() && norms[k].equals("یہ")
          && norms[k + 1].equals("بات"); // «’...‘، یہ بات بلاول بھٹو نے ... کہی»
      if (objectFirst) {
        k += 2;
      }
      int stop = k;
      while (stop < tokens.size() && stop < k + POSTPOSED_REACH
          && !tokens.get(stop).punctuation().isSentenceTerminal()) {
        stop++;
      }
      for (int v = k; v < stop; v++) {
        int ergative = POSTPOSED_VERBS.contains(norms[v]) ? ergativeBefore(v, k, objectFirst) : -1;
        boolean near = v < k + NEAR_REACH && (ergative == v - 1 || norms[v - 1].equals("کو"));
        if (ergative >= 0 && !near && !endsClause(v)) {
          ergative = -1; // «... کرتے ہوئے کہا کہ»: the verb reports what follows it instead
        }
        if (ergative >= 0) {
          int[] phrase = SpeakerPhrase.before(tokens, norms, ergative, k);
          if (phrase == null) {
            break;
          }
          claimed[q] = true;
          found.add(SpeakerPhrase.attribution(
              tokens, norms, quotation, Statement.Type.DIRECT, norms[v], phrase));
          break;
        }
      }
    }
    return found;
  }

  /** True if the verb at {@code verb}, with its auxiliaries, ends its clause: «۔», «،» or the end. */
  private boolean endsClause(int verb) {
    int n = verb + 1;
    while (n < tokens.size() && AUXILIARIES.contains(norms[n])) {
      n++;
    }
    if (n >= tokens.size()) {
      return true;
    }
    Punctuation mark = tokens.get(n).punctuation();
    return mark.isSentenceTerminal() || mark == Punctuation.COMMA;
  }

  /** The views (خیالات) or thoughts whose «اظہار» a sentence can report. */
  private static final Set<String> VIEWS = Set.of("خیالات", "جذبات");

  /**
   * Sentences that say who spoke the sentence before them: «ان خیالات کا اظہار وفاقی وزیر
   * اطلاعات نے لاہور میں ... کیا» (these views were expressed by the minister), a common close
   * of a Pakistani news paragraph. The sentence before, if no attribution already covers any of
   * it, is the statement: direct if it is one quotation, else indirect (a dateline that opens it
   * is left out). «انہوں نے یہ بات ... کہی» (he said this) is not read so: in the news it mostly
   * follows a statement already attributed, and else may point further back than one sentence,
   * past the narrator's background («یاد رہے کہ ...»).
   */
  List<Attribution> views(List<Attribution> found) {
    List<Attribution> result = new ArrayList<>();
    int datelineEnd = datelineEnd();
    for (int s = 1; s < sentences.size(); s++) {
      int[] speaker = viewsSpeaker(sentences.get(s));
      if (speaker == null) {
        continue;
      }
      Sentence previous = sentences.get(s - 1);
      int from = previous.firstToken();
      while (from < previous.endToken() && tokens.get(from).start() < datelineEnd) {
        from++;
      }
      int last = previous.endToken() - 1;
      while (last >= from && tokens.get(last).type() == TokenType.PUNCT
          && !QuoteMarks.isMark(tokens.get(last))) {
        last--;
      }
      if (last < from) {
        continue;
      }
      Span sentence = new CharSpan(tokens.get(from).start(), tokens.get(last).end());
      if (found.stream().anyMatch(sentence::overlaps)) {
        continue; // something attributes it already
      }
      String verb = "اظہار کیا";
      Integer q = quotationAtMark.get(sentence.start());
      Integer close = q == null ? null : tokenAt.get(quotations.get(q).close());
      if (q != null && close != null && close == last && !claimed[q]) {
        claimed[q] = true;
        result.add(SpeakerPhrase.attribution(
            tokens, norms, quotations.get(q), Statement.Type.DIRECT, verb, speaker));
      } else {
        result.add(SpeakerPhrase.attribution(
            tokens, norms, sentence, Statement.Type.INDIRECT, verb, speaker));
      }
    }
    return result;
  }

  /**
   * The speaker {@code [from, to)} of a sentence «ان خیالات کا اظہار SPEAKER نے ... کیا», or
   * null.
   */
  private int[] viewsSpeaker(Sentence sentence) {
    int first = sentence.firstToken();
    int end = sentence.endToken();
    boolean views = first + 3 < end && norms[first].equals("ان")
        && VIEWS.contains(norms[first + 1]) && norms[first + 2].equals("کا")
        && norms[first + 3].equals("اظہار");
    if (!views) {
      return null;
    }
    int from = first + 4;
    for (int n = from; n < end && n <= from + SpeakerPhrase.MAX_WORDS; n++) {
      if (!norms[n].equals("نے")) {
        continue;
      }
      int[] phrase = SpeakerPhrase.before(tokens, norms, n, from);
      if (phrase == null || phrase[0] != from) {
        return null;
      }
      for (int v = n + 1; v < end && v <= n + 1 + MAX_OCCASION_WORDS + 2; v++) {
        if (norms[v].equals("کیا")) {
          return phrase;
        }
      }
      return null;
    }
    return null;
  }

  /** The end of the report's dateline, 0 if it has none. */
  private int datelineEnd() {
    return document.find(Dateline.LAYER)
        .map(layer -> layer.isEmpty() ? 0 : layer.get(0).end()).orElse(0);
  }

  /** True if nothing but punctuation stands between the sentence's start and the quotation. */
  private boolean quotationOpensSentence(Quotation quotation) {
    Integer open = tokenAt.get(quotation.open());
    if (open == null) {
      return false;
    }
    Sentence sentence = sentences.get(sentences.firstEndingAfter(tokens.get(open).start()));
    for (int i = sentence.firstToken(); i < open; i++) {
      if (tokens.get(i).type() != TokenType.PUNCT) {
        return false;
      }
    }
    return true;
  }

  /** The most words an addressee may have between نے and the verb: صحافیوں کو. */
  static final int MAX_ADDRESSEE_WORDS = 3;

  /**
   * How far after a quotation its attribution may end, in tokens. Within {@link #NEAR_REACH},
   * «انہوں نے کہا» or «انہوں نے صحافیوں کو بتایا» attributes the quotation even if کہ follows («’...‘
   * انہوں نے کہا کہ ...», the same speaker going on); further, or with an occasion between نے and
   * the verb, the verb must end its clause.
   */
  static final int POSTPOSED_REACH = 20;

  static final int NEAR_REACH = 10;

  /** The most words between نے and the verb for an occasion or for «یہ بات». */
  static final int MAX_OCCASION_WORDS = 12;

  /** Verbs that attribute the quotation before them; کہی and کہیں after «یہ بات» / «یہ باتیں». */
  static final Set<String> POSTPOSED_VERBS = Set.of("کہا", "بتایا", "کہی", "کہیں");

  /**
   * Where the نے of the verb at {@code verb} stands, not before {@code from}; -1 if none:
   * <ul>
   *   <li>right before it, or before the one to whom it was said ({@code انہوں نے | صحافیوں کو
   *       | بتایا});
   *   <li>before the occasion, a participle clause that ends with «ہوئے»: {@code وزیر خارجہ نے |
   *       صحافیوں سے گفتگو کرتے ہوئے | کہا};
   *   <li>before «یہ بات» (this), for کہی: {@code انہوں نے یہ بات جمعرات کو ایک اجلاس سے خطاب
   *       کرتے ہوئے کہی} (he said this on Thursday, addressing a meeting); or anywhere for کہی
   *       when «یہ بات» came first ({@code objectFirst}: {@code یہ بات بلاول بھٹو نے ... کہی}).
   * </ul>
   */
  private int ergativeBefore(int verb, int from, boolean objectFirst) {
    boolean feminine = norms[verb].equals("کہی") || norms[verb].equals("کہیں");
    if (feminine || verb - 1 >= from && norms[verb - 1].equals("ہوئے")) {
      for (int n = verb - 1; n >= from && n >= verb - 1 - MAX_OCCASION_WORDS; n--) {
        if (norms[n].equals("نے")) {
          boolean thisMatter = n + 2 < verb && norms[n + 1].equals("یہ")
              && (norms[n + 2].equals("بات") || norms[n + 2].equals("باتیں"));
          return feminine == (thisMatter || objectFirst) ? n : -1;
        }
        if (!tokens.get(n).isWord() && tokens.get(n).type() != TokenType.NUMBER) {
          return -1;
        }
      }
      return -1;
    }
    if (verb - 1 >= from && norms[verb - 1].equals("نے")) {
      return verb - 1;
    }
    if (verb - 1 < from || !norms[verb - 1].equals("کو")) {
      return -1;
    }
    for (int n = verb - 2; n >= from && n >= verb - 2 - MAX_ADDRESSEE_WORDS; n--) {
      if (norms[n].equals("نے")) {
        return n < verb - 2 ? n : -1;
      }
      if (!tokens.get(n).isWord()) {
        return -1;
      }
    }
    return -1;
  }
}
