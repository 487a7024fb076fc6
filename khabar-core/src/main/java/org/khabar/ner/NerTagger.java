package org.khabar.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.khabar.entity.Entity;
import org.khabar.entity.EntityFinder;
import org.khabar.entity.EntityType;
import org.khabar.lexicon.WordList;
import org.khabar.sentence.Sentence;
import org.khabar.text.Document;
import org.khabar.text.Layer;
import org.khabar.tokenize.Token;
import org.khabar.tokenize.TokenType;
import org.khabar.value.NumberWords;

/**
 * Finds entities with the statistical model, sentence by sentence: each sentence's tokens get
 * their best BILOU tags, and each run of tags becomes an entity over the original text, from the
 * start of its first token to the end of its last. The rules below then mend the spans of each
 * sentence, and a rare name found in one sentence is found where it stands again in the document
 * ({@link DocumentNames}). The document must have tokens and sentences.
 */
public final class NerTagger implements EntityFinder {

  /** Places: CLDR's, ICU4J's and the training sets' ({@code places.txt}). */
  private static final WordList PLACES = WordList.load("places");

  /** The listed places of several words written joined, as the press often does: «خیبرپختونخوا». */
  private static final Set<String> JOINED_PLACES = PLACES.entries().stream()
      .filter(place -> place.contains(" "))
      .map(place -> place.replace(" ", ""))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** True if the normalized word or phrase is a listed place, or one written joined. */
  static boolean isListedPlace(String phrase) {
    return PLACES.contains(phrase) || JOINED_PLACES.contains(phrase);
  }

  private final NerModel model;
  private final boolean carryNames;

  public NerTagger(NerModel model) {
    this(model, true);
  }

  /**
   * @param carryNames whether a rare name found in one sentence is found where it stands again
   *     in the document ({@link DocumentNames})
   */
  public NerTagger(NerModel model, boolean carryNames) {
    this.model = model;
    this.carryNames = carryNames;
  }

  /** A tagger with the model that ships with Khabar. */
  public static NerTagger builtIn() {
    return new NerTagger(NerModel.builtIn());
  }

  public NerModel model() {
    return model;
  }

  private static final Set<String> OPENING = Set.of("(", "[", "{", "﴾");
  private static final Set<String> CLOSING = Set.of(")", "]", "}", "﴿");

  /** U+0601 ARABIC SIGN SANAH, the year sign, written after a year: «۱۶۲۰؁ء», «۱۸۲۸ ؁ء». */
  static final String YEAR_SIGN = "\u0601";

  /**
   * The year sign and the «ء» after it belong to the year before them, as «ء» does in «2015ء»;
   * the tokenizer splits them off («۱۶۲۰؁ء» is «1620», «؁», «ء»), so a DATE, TIME or NUMBER
   * span right before them takes them back in, and a number so marked is a DATE. Spans of year
   * signs alone are dropped. Spans must be in order and not overlap.
   */
  static List<TagSet.TokenSpan> withYearSigns(List<Token> words, List<TagSet.TokenSpan> spans) {
    List<TagSet.TokenSpan> result = new ArrayList<>(spans.size());
    int taken = 0; // tokens before this one were taken into a date
    for (TagSet.TokenSpan span : spans) {
      int first = Math.max(span.first(), taken);
      if (first >= span.end() || onlyYearSigns(words, first, span.end())) {
        continue;
      }
      EntityType type = span.type();
      int end = span.end();
      if (type == EntityType.DATE || type == EntityType.TIME || type == EntityType.NUMBER) {
        int j = end;
        if (j < words.size() && words.get(j).norm().equals(YEAR_SIGN)) {
          j++;
          if (j < words.size() && words.get(j).norm().equals("ء")) {
            j++;
          }
          end = j;
          type = type == EntityType.NUMBER ? EntityType.DATE : type;
        }
      }
      result.add(new TagSet.TokenSpan(first, end, type));
      taken = end;
    }
    return result;
  }

  /**
   * Drops spans whose brackets do not pair up inside them: a name may hold a bracket pair
   * («مسلم لیگ (ن)») but never run out of one, as a span over a dateline's closing bracket
   * would («(مانیٹرنگ ڈیسک) روسی صدر» is no organisation «ڈیسک) روسی»).
   */
  static List<TagSet.TokenSpan> withBalancedBrackets(List<Token> words,
      List<TagSet.TokenSpan> spans) {
    List<TagSet.TokenSpan> result = new ArrayList<>(spans.size());
    for (TagSet.TokenSpan span : spans) {
      if (bracketsPairUp(words, span.first(), span.end())) {
        result.add(span);
      }
    }
    return result;
  }

  private static boolean bracketsPairUp(List<Token> words, int first, int end) {
    int open = 0;
    for (int i = first; i < end; i++) {
      String word = words.get(i).norm();
      if (OPENING.contains(word)) {
        open++;
      } else if (CLOSING.contains(word) && --open < 0) {
        return false;
      }
    }
    return open == 0;
  }

  /**
   * A NUMBER span takes in the multipliers after it ({@link NumberWords#isMultiplier}: hundred,
   * thousand, lakh, crore, billion (ارب), 100 billion), and a number with its multiplier after
   * those: «20» before «ارب» becomes «20 ارب» (20 billion), «2 کھرب» before «40 ارب» becomes «2
   * کھرب 40 ارب». A NUMBER span so reached is joined in. In the four training sets a NUMBER
   * span ends with a multiplier 143 times and stops right before one 20 times. The English
   * multipliers in Urdu letters («1.5 ملین») are taken in too, for the value an analyst needs,
   * though IL-NER's annotators mostly left them out (10 times of 11; no other set has one after
   * a NUMBER span). {@code number[i]} is true if word {@code i} is a number by itself. Spans must
   * be in order and not overlap.
   */
  static List<TagSet.TokenSpan> withMultipliers(List<Token> words, List<TagSet.TokenSpan> spans,
      boolean[] number) {
    List<TagSet.TokenSpan> result = new ArrayList<>(spans.size());
    int k = 0;
    while (k < spans.size()) {
      TagSet.TokenSpan span = spans.get(k++);
      if (span.type() != EntityType.NUMBER) {
        result.add(span);
        continue;
      }
      int end = span.end();
      while (true) {
        int next = end;
        if (next < words.size() && NumberWords.isMultiplier(words.get(next).norm())) {
          next++;
        } else if (next + 1 < words.size() && number[next]
            && NumberWords.isMultiplier(words.get(next + 1).norm())) {
          next += 2;
        } else {
          break;
        }
        boolean blocked = false;
        int j = k;
        while (j < spans.size() && spans.get(j).first() < next) {
          if (spans.get(j).type() != EntityType.NUMBER) {
            blocked = true;
          }
          j++;
        }
        if (blocked) {
          break;
        }
        end = Math.max(next, j > k ? spans.get(j - 1).end() : next);
        k = j;
      }
      result.add(end == span.end() ? span : new TagSet.TokenSpan(span.first(), end, span.type()));
    }
    return result;
  }

  private static boolean onlyYearSigns(List<Token> words, int first, int end) {
    for (int i = first; i < end; i++) {
      String word = words.get(i).norm();
      if (!word.equals(YEAR_SIGN) && !word.equals("ء")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Which words are numbers by themselves: digits («35»), or a number word of the value lexicon
   * ({@link NumberWords#isNumber}: «پینتیس», «ڈیڑھ»).
   */
  private static boolean[] numbers(List<Token> words) {
    boolean[] result = new boolean[words.size()];
    for (int i = 0; i < result.length; i++) {
      Token word = words.get(i);
      result[i] = word.type() == TokenType.NUMBER || NumberWords.isNumber(word.norm());
    }
    return result;
  }

  @Override
  public List<Entity> find(Document document) {
    Layer<Token> tokens = document.get(Token.LAYER);
    List<List<Token>> sentences = new ArrayList<>();
    List<List<TagSet.TokenSpan>> found = new ArrayList<>();
    for (Sentence sentence : document.get(Sentence.LAYER)) {
      List<Token> words = tokens.subList(sentence.firstToken(), sentence.endToken());
      sentences.add(words);
      found.add(spans(words));
    }
    if (carryNames) {
      found = DocumentNames.carry(sentences, found, this::rare);
    }
    List<Entity> entities = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      List<Token> words = sentences.get(s);
      for (TagSet.TokenSpan span : withYearSigns(words, found.get(s))) {
        entities.add(
            new Entity(
                words.get(span.first()).start(),
                words.get(span.end() - 1).end(),
                span.type(),
                null,
                Entity.Origin.MODEL));
      }
    }
    return entities;
  }

  /** The spans of one sentence: the model's, with the rules above applied. */
  private List<TagSet.TokenSpan> spans(List<Token> words) {
    int[] tags = model.tag(words);
    List<TagSet.TokenSpan> spans = TagSet.decode(tags, tags.length);
    boolean[] numbers = numbers(words);
    spans = withMultipliers(words, spans, numbers);
    if (UnerTimes.CONVENTION.equals(model.convention())) {
      spans = UnerTimes.apply(words, spans, numbers);
    }
    spans = TitleSpans.joinListedTitles(words, TitleSpans.apply(words, spans));
    spans = TitleSpans.withTitleEndings(words, TitleSpans.withDeputies(words, spans));
    spans = TitleSpans.withOfficePlaces(words, spans, NerTagger::isListedPlace);
    spans = PlacesAfterTitles.apply(words, spans,
        phrase -> isListedPlace(phrase) && !WordSpanRules.isOutsideWord(phrase));
    spans = PersonsInPlaces.apply(words, spans, NerTagger::isListedPlace);
    spans = Venues.apply(words, spans);
    spans = WordSpanRules.withoutEdgePunctuation(words, spans);
    spans = WordSpanRules.withoutNumbersEndingNames(words, spans);
    spans = WordSpanRules.withoutBareDirections(words, withBalancedBrackets(words, spans));
    spans = WordSpanRules.withoutWebTokens(words, spans);
    spans = WordSpanRules.withoutLetterlessNames(words, spans);
    spans = WordSpanRules.withSurnameMalik(words, spans);
    spans = WordSpanRules.withoutOutsideWords(words, spans, WordSpanRules::isOutsideWord);
    spans = KnownOrganizations.apply(words, spans, this::namedInTraining);
    spans = KnownPersons.apply(words, spans);
    spans = PartyFactions.apply(words, PlaceOrganisations.join(spans));
    return AppositionPlaces.apply(words, spans, w -> rare(w) || isListedPlace(w));
  }

  /** True if the training annotations name the phrase (token norms joined by one space). */
  private boolean namedInTraining(String phrase) {
    Gazetteer seen = model.seen();
    for (int c = 0; c < seen.categories().size(); c++) {
      if (!seen.categories().get(c).endsWith("-word") && seen.entries(c).contains(phrase)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A word the raw news gives no word class: seen fewer than a few times, if ever. A model
   * without word classes knows no word to be rare.
   */
  private boolean rare(String word) {
    return model.clusters().size() > 0
        && model.clusters().rightClassOf(word) == WordClusters.UNKNOWN
        && word.codePoints().allMatch(Character::isLetter);
  }
}
