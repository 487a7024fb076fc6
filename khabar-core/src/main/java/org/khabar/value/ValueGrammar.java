package org.khabar.value;

import java.util.ArrayList;
import java.util.List;
import org.khabar.entity.Entity;
import org.khabar.entity.EntityFinder;
import org.khabar.sentence.Sentence;
import org.khabar.text.Document;
import org.khabar.text.Layer;
import org.khabar.tokenize.Token;

/**
 * Finds numbers, dates and times in a document that has tokens and sentences, with their values,
 * as entities of origin {@link Entity.Origin#GRAMMAR}. Relative dates are resolved against the
 * document's date ({@code metadata().date()}) when it has one.
 *
 * <p>Within each sentence it reads left to right; at each word it takes the longest expression
 * that starts there (a time before a date before a number when they are as long) and goes on
 * after it, so the entities do not overlap. Spans begin and end at token boundaries.
 *
 * <p>Span conventions, chosen to agree with the NER training sets (uner, ijcnlp2008, ilner,
 * jahangir) where they agree with one another:
 *
 * <ul>
 *   <li>NUMBER: the number alone, with its multipliers and fraction words (ساڑھے تین ہزار، ایک
 *       تہائی، 1.4 ارب); qualifiers (قریبا، تقریبا، لگ بھگ، سے زائد، کم از کم) and units (فیصد،
 *       روپے) stay outside; the qualifier's meaning is in the value.
 *   <li>DATE: the whole date, with سنہ/سن, the year marker ء/عیسوی and a comma inside it
 *       (30 ستمبر2015ء، سنہ 2012ء، جنوری ، 2021), without the postposition after it (کو، میں،
 *       سے); a fiscal year with مالی سال (مالی سال 2016-17). Weekdays and relative dates are
 *       DATEs (اتوار، گذشتہ روز، اسی ہفتے), which the training sets mostly leave untagged.
 *       Durations (دو سال، چار ماہ) are not dates.
 *   <li>TIME: a clock time with its part of the day and بجے (صبح 10 بجے، رات ساڑھے نو بجے). uner
 *       also tags durations as TIME; this grammar does not.
 * </ul>
 *
 * <p>Stateless and safe to share between threads.
 */
public final class ValueGrammar implements EntityFinder {

  /** The roles a word must have for an expression to start at it (or be digits). */
  private static final long START_ROLES =
      Role.CARDINAL.bit() | Role.MULTIPLIER.bit() | Role.ORDINAL.bit() | Role.DAY_ONE.bit()
          | Role.FRACTION.bit() | Role.PART.bit() | Role.PREFIX.bit() | Role.MONTH.bit()
          | Role.HIJRI_MONTH.bit() | Role.WEEKDAY.bit() | Role.DATE_PREFIX.bit()
          | Role.DAY_PART.bit() | Role.ERA.bit() | Role.RELATIVE.bit() | Role.MODIFIER.bit()
          | Role.UNIT.bit() | Role.FISCAL.bit();

  @Override
  public List<Entity> find(Document document) {
    Layer<Token> tokens = document.get(Token.LAYER);
    Layer<Sentence> sentences = document.get(Sentence.LAYER);
    Context context = new Context(document.metadata().date(), true);
    List<Entity> found = new ArrayList<>();
    for (Sentence sentence : sentences) {
      if (sentence.tokenCount() > 0) {
        find(Words.of(tokens, sentence.firstToken(), sentence.endToken()), context, found);
      }
    }
    return found;
  }

  /** Adds the expressions found in {@code words} to {@code found}. */
  static void find(Words words, Context context, List<Entity> found) {
    if (context.strict() && isListNumber(words)) {
      return;
    }
    int i = 0;
    while (i < words.size()) {
      Match match = null;
      if (words.startsToken(i)) {
        match = matchAt(words, i, context);
      }
      if (match != null && words.endsToken(match.to() - 1)) {
        found.add(
            new Entity(
                words.start(match.from()),
                words.end(match.to() - 1),
                match.type(),
                match.value(),
                Entity.Origin.GRAMMAR));
        i = match.to();
      } else {
        i++;
      }
    }
  }

  /**
   * True for a sentence that is only a number and a mark, the label of a list item: {@code ۶۳۔}
   * before the item's text.
   */
  private static boolean isListNumber(Words words) {
    return words.isDigits(0)
        && (words.size() == 1 || (words.size() == 2 && words.isPunctuation(1)));
  }

  /** The longest expression starting at word {@code i}, or null. */
  static Match matchAt(Words words, int i, Context context) {
    if (!words.isDigits(i) && (words.info(i).roles & START_ROLES) == 0) {
      return null;
    }
    Match best = TimeGrammar.match(words, i, context);
    best = Match.better(best, DateGrammar.match(words, i, context));
    return Match.better(best, NumberGrammar.match(words, i, context));
  }
}
