package org.khabar.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.khabar.entity.Entity;
import org.khabar.entity.EntityType;
import org.khabar.normalize.Punctuation;
import org.khabar.sentence.Sentence;
import org.khabar.text.Layer;
import org.khabar.tokenize.Token;

/**
 * A quotation after a name and a colon, as headlines and their echoes in the body write a
 * statement with no verb: {@code بلاول بھٹو: 'ہم عوام کے ساتھ ہیں'} (Bilawal Bhutto: "we stand
 * with the people"). The words before the colon must open the sentence, be a speaker phrase
 * ({@link SpeakerPhrase}) and end with a PERSON or ORGANIZATION entity: {@code تفصیلات: "..."}
 * (details) and a dateline's place ({@code لاہور: "..."}) speak for nobody.
 */
final class ColonAttributions {

  private final List<Token> tokens;
  private final String[] norms;
  private final Layer<Sentence> sentences;
  private final List<Entity> entities;
  private final List<Quotation> quotations;
  private final Map<Integer, Integer> tokenAt;
  private final boolean[] claimed;

  ColonAttributions(List<Token> tokens, String[] norms, Layer<Sentence> sentences,
      List<Entity> entities, List<Quotation> quotations, Map<Integer, Integer> tokenAt,
      boolean[] claimed) {
    this.tokens = tokens;
    this.norms = norms;
    this.sentences = sentences;
    this.entities = entities;
    this.quotations = quotations;
    this.tokenAt = tokenAt;
    this.claimed = claimed;
  }

  /** The statements of the quotations no verb has claimed that follow a name and a colon. */
  List<Attribution> find() {
    List<Attribution> found = new ArrayList<>();
    for (int q = 0; q < quotations.size(); q++) {
      Quotation quotation = quotations.get(q);
      Integer open = tokenAt.get(quotation.open());
      if (claimed[q] || !quotation.closed() || open == null || open < 2
          || tokens.get(open - 1).punctuation() != Punctuation.COLON
          || AttributionFinder.wordsIn(tokens, quotation) <= AttributionFinder.SCARE_MAX_WORDS) {
        continue;
      }
      int colon = open - 1;
      int start = sentences.get(sentences.firstEndingAfter(tokens.get(colon).start())).firstToken();
      int[] phrase = SpeakerPhrase.before(tokens, norms, colon, start);
      if (phrase != null && phrase[0] == start && endsWithName(phrase[1])) {
        claimed[q] = true;
        found.add(SpeakerPhrase.attribution(
            tokens, norms, quotation, Statement.Type.DIRECT, ":", phrase));
      }
    }
    return found;
  }

  /** True if a PERSON or ORGANIZATION entity ends where token {@code end - 1} ends. */
  private boolean endsWithName(int end) {
    int offset = tokens.get(end - 1).end();
    for (Entity entity : entities) {
      if (entity.end() == offset
          && (entity.type() == EntityType.PERSON || entity.type() == EntityType.ORGANIZATION)) {
        return true;
      }
    }
    return false;
  }
}
