package org.khabar.ner;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.khabar.entity.EntityType;
import org.khabar.lexicon.WordList;
import org.khabar.normalize.Punctuation;
import org.khabar.tokenize.Token;
import org.khabar.tokenize.TokenType;

/**
 * Rules that mend the model's spans by the words they hold or stand beside: a word of the
 * compass alone is no place, a word the training sets leave outside entities is no entity alone,
 * «ملک» after a name is a surname, and web tokens are no names. Each takes the spans of one
 * sentence, in order and not overlapping, and returns them mended.
 */
final class WordSpanRules {

  private WordSpanRules() {}

  /**
   * The words of the compass, nouns and adjectives: «شمال، شمالی، جنوبی، مشرقی، مغربی».
   */
  static final Set<String> DIRECTIONS =
      Set.of("شمال", "جنوب", "مشرق", "مغرب", "شمالی", "جنوبی", "مشرقی", "مغربی");

  /**
   * Drops spans that are a word of the compass alone: «شمالی» (northern) is part of a place in
   * «شمالی وزیرستان» but no place by itself, as in «شام کے شمالی شہر حلب» (Syria's northern city
   * of Aleppo). In the four training sets, the adjectives are an entity by themselves once (a
   * uner LOCATION «شمالی») and part of a longer place 106 times; the nouns never alone.
   */
  static List<TagSet.TokenSpan> withoutBareDirections(List<Token> words,
      List<TagSet.TokenSpan> spans) {
    return dropping(spans, k -> oneWord(spans.get(k), words, DIRECTIONS::contains));
  }

  /** Words the training annotations leave outside entities (see {@link #withoutOutsideWords}). */
  private static final WordList OUTSIDE = WordList.load("outside-words");

  /**
   * Drops one-word spans of a word that the four training parts leave outside every entity (at
   * least 20 times seen, at most 5% inside an entity; {@code outside-words.txt}, written by
   * {@code khabar train ner}): «مالی» is "financial" 75 times there and the country Mali once,
   * so «مالی بدعنوانی» (financial corruption) holds no place, whatever the place list says. A
   * word inside a longer name stays («دنیا نیوز»), and so does a span that touches another,
   * which may be the rest of its name («شلپ | گرام»).
   */
  static List<TagSet.TokenSpan> withoutOutsideWords(List<Token> words,
      List<TagSet.TokenSpan> spans, Predicate<String> outside) {
    return dropping(spans, k -> oneWord(spans.get(k), words, outside) && !touches(spans, k));
  }

  /** True if span {@code k} has another span right before or right after it. */
  private static boolean touches(List<TagSet.TokenSpan> spans, int k) {
    TagSet.TokenSpan span = spans.get(k);
    return k > 0 && spans.get(k - 1).end() == span.first()
        || k + 1 < spans.size() && spans.get(k + 1).first() == span.end();
  }

  /** True if the training annotations leave {@code word} (normalized) outside entities. */
  static boolean isOutsideWord(String word) {
    return OUTSIDE.contains(word);
  }

  /** The word for country, also a surname. */
  private static final String MALIK = "ملک";

  /** Words after «ملک» that make it the country: in, throughout, from the country. */
  private static final Set<String> COUNTRY_NEXT = Set.of("میں", "بھر", "سے", "کو", "گیر");

  /**
   * «ملک» (country) is also a surname: «شعیب ملک بھی خوب رنز بنا رہے ہیں», «رحمان ملک نے کہا».
   * Right after a person's name that the model ends before it, it joins the name, unless a word
   * follows that makes it the country: «صدام حسین ملک میں ہی ہیں» (Saddam is in the country).
   * In the four training parts «ملک» ends a person's name twice and follows one once, before
   * «میں».
   */
  static List<TagSet.TokenSpan> withSurnameMalik(List<Token> words,
      List<TagSet.TokenSpan> spans) {
    List<TagSet.TokenSpan> result = new ArrayList<>(spans.size());
    for (int k = 0; k < spans.size(); k++) {
      TagSet.TokenSpan span = spans.get(k);
      int next = span.end();
      boolean free = k + 1 >= spans.size() || spans.get(k + 1).first() > next;
      if (span.type() == EntityType.PERSON && free && next < words.size()
          && words.get(next).norm().equals(MALIK)
          && (next + 1 >= words.size() || !COUNTRY_NEXT.contains(words.get(next + 1).norm()))) {
        span = new TagSet.TokenSpan(span.first(), next + 1, span.type());
      }
      result.add(span);
    }
    return result;
  }

  /** Token types that are never part of a name. */
  private static final Set<TokenType> NOT_NAMES =
      EnumSet.of(TokenType.HASHTAG, TokenType.URL, TokenType.EMAIL);

  private static final Set<EntityType> NAMES_AND_TITLES = EnumSet.of(EntityType.PERSON,
      EntityType.LOCATION, EntityType.ORGANIZATION, EntityType.DESIGNATION);

  /**
   * Drops a name or title with no letter in it, and any other entity with neither a letter nor a
   * digit: «رمن لامبا 1989 میں» has no title «1989», and in «آبادی کا 60٪ نوجوان ہے» the sign
   * «٪» is no number by itself. Of the 12,161 entities of the four training parts, none is
   * without both; of the 8,046 names and titles, one has no letter (a «۱۹۸۹» that IJCNLP-2008
   * marks as a DESIGNATION, from which the model learnt to call a year a title).
   */
  static List<TagSet.TokenSpan> withoutLetterlessNames(List<Token> words,
      List<TagSet.TokenSpan> spans) {
    return dropping(spans, k -> {
      TagSet.TokenSpan span = spans.get(k);
      IntPredicate needed = NAMES_AND_TITLES.contains(span.type())
          ? Character::isLetter
          : c -> Character.isLetter(c) || Character.isDigit(c);
      for (int i = span.first(); i < span.end(); i++) {
        if (words.get(i).norm().codePoints().anyMatch(needed)) {
          return false;
        }
      }
      return true;
    });
  }

  /**
   * Drops spans that hold a hashtag, a web address or an e-mail address: «#ClimateAction» or
   * «#پاکستان_زندہ_باد» is a topic, not a place, and «info@un.org» is nobody. A user name
   * («@BBCUrdu») stays: it names an account's owner.
   */
  static List<TagSet.TokenSpan> withoutWebTokens(List<Token> words,
      List<TagSet.TokenSpan> spans) {
    return dropping(spans, k -> {
      for (int i = spans.get(k).first(); i < spans.get(k).end(); i++) {
        if (NOT_NAMES.contains(words.get(i).type())) {
          return true;
        }
      }
      return false;
    });
  }

  /**
   * Trims the punctuation at either edge of a span (brackets aside, which {@link
   * NerTagger#withBalancedBrackets} judges): a quote mark, comma or full stop is never the start
   * or end of a name. The training sets have few quote marks, the straight «"» almost none, so
   * the model may take one in with the name that it opens: «کہ "آئی ایم ایف پروگرام آخری ہوگا"»
   * gave «"آئی ایم». A span of punctuation alone is dropped.
   */
  static List<TagSet.TokenSpan> withoutEdgePunctuation(List<Token> words,
      List<TagSet.TokenSpan> spans) {
    return trimming(words, spans, true, (span, token) -> isEdgePunctuation(token));
  }

  /** True if {@code token} is punctuation other than a bracket: «مسلم لیگ (ن)» holds a pair. */
  private static boolean isEdgePunctuation(Token token) {
    Punctuation mark = token.punctuation();
    return token.type() == TokenType.PUNCT && mark != Punctuation.BRACKET_OPENING
        && mark != Punctuation.BRACKET_CLOSING;
  }

  /**
   * Trims the numbers in digits that end a PERSON span: «ڈاکٹر عبدالقدیر خان 1936ء میں پیدا ہوئے»
   * gave the person «عبدالقدیر خان 1936ء». In the four training parts no PERSON ends with a
   * number but one noisy «سنہ 2013»; places and organisations may («چک نمبر 1», «جی 20»).
   */
  static List<TagSet.TokenSpan> withoutNumbersEndingNames(List<Token> words,
      List<TagSet.TokenSpan> spans) {
    return trimming(words, spans, false, (span, token) ->
        span.type() == EntityType.PERSON && token.type() == TokenType.NUMBER);
  }

  /**
   * The spans with the tokens that {@code trim} accepts taken off their end, and off their start
   * too if {@code bothEdges}; a span left with no token is dropped.
   */
  private static List<TagSet.TokenSpan> trimming(List<Token> words, List<TagSet.TokenSpan> spans,
      boolean bothEdges, BiPredicate<TagSet.TokenSpan, Token> trim) {
    List<TagSet.TokenSpan> result = new ArrayList<>(spans.size());
    for (TagSet.TokenSpan span : spans) {
      int first = span.first();
      int end = span.end();
      while (bothEdges && first < end && trim.test(span, words.get(first))) {
        first++;
      }
      while (end > first && trim.test(span, words.get(end - 1))) {
        end--;
      }
      if (first < end) {
        result.add(first == span.first() && end == span.end() ? span
            : new TagSet.TokenSpan(first, end, span.type()));
      }
    }
    return result;
  }

  /** The spans but those whose index {@code drop} accepts. */
  private static List<TagSet.TokenSpan> dropping(List<TagSet.TokenSpan> spans, IntPredicate drop) {
    List<TagSet.TokenSpan> result = new ArrayList<>(spans.size());
    for (int k = 0; k < spans.size(); k++) {
      if (!drop.test(k)) {
        result.add(spans.get(k));
      }
    }
    return result;
  }

  /** True if {@code span} is one word that {@code test} accepts. */
  private static boolean oneWord(TagSet.TokenSpan span, List<Token> words,
      Predicate<String> test) {
    return span.end() - span.first() == 1 && test.test(words.get(span.first()).norm());
  }
}
