package org.khabar.value;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.khabar.entity.Entity;
import org.khabar.entity.EntityType;
import org.khabar.normalize.NormalizerStage;
import org.khabar.pipeline.Pipeline;
import org.khabar.sentence.Sentence;
import org.khabar.sentence.SentenceStage;
import org.khabar.text.CharSpan;
import org.khabar.text.Document;
import org.khabar.text.Layer;
import org.khabar.text.Metadata;
import org.khabar.text.Span;
import org.khabar.tokenize.Token;
import org.khabar.tokenize.TokenizerStage;

/**
 * The value of an expression already known to be a number, a date or a time: a span the NER
 * model found, or a piece of text. Unlike {@link ValueGrammar}, which must be sure an expression
 * is one before it marks it, the parser is lenient: told that ایک is a NUMBER, it says 1; told
 * that کل is a DATE, it says yesterday or tomorrow.
 *
 * <p>Stateless and safe to share between threads.
 */
public final class ValueParser {

  /** Tokens and sentences for expressions given as text. */
  private static final Pipeline TOKENS =
      Pipeline.builder()
          .add(new NormalizerStage())
          .add(new TokenizerStage())
          .add(new SentenceStage())
          .build();

  private ValueParser() {}

  /**
   * The value of {@code span}, a NUMBER, DATE or TIME entity (say from the model) in {@code
   * document}, which must have tokens; dates resolve against the document's date. The value of
   * the longest expression of that type inside the span; for a NUMBER, a qualifier just outside
   * it counts (قریبا [پینتیس ہزار]). Empty for other types and for spans with no such expression
   * (uner's TIME spans for durations such as دو سال).
   */
  public static Optional<Value> parse(EntityType type, Document document, Span span) {
    Objects.requireNonNull(type, "type");
    if (type != EntityType.NUMBER && type != EntityType.DATE && type != EntityType.TIME) {
      return Optional.empty();
    }
    Layer<Token> tokens = document.get(Token.LAYER);
    int first = tokens.firstEndingAfter(span.start());
    int last = first;
    while (last < tokens.size() && tokens.get(last).start() < span.end()) {
      last++;
    }
    if (first >= last) {
      return Optional.empty();
    }
    int from = first;
    int to = last;
    for (Sentence sentence : document.find(Sentence.LAYER).orElse(Layer.empty())) {
      if (sentence.firstToken() <= first && last <= sentence.endToken()) {
        from = sentence.firstToken();
        to = sentence.endToken();
        break;
      }
    }
    Words words = Words.of(tokens, from, to);
    Context context = new Context(document.metadata().date(), false);
    return Optional.ofNullable(longestInside(words, span, type, context)).map(Match::value);
  }

  /** {@link #parse(EntityType, Document, Span)} for an entity, which carries its type. */
  public static Optional<Value> parse(Document document, Entity entity) {
    return parse(entity.type(), document, entity);
  }

  /** The model's entity with its value added, if one can be worked out. */
  public static Entity withValue(Document document, Entity entity) {
    if (entity.value() != null) {
      return entity;
    }
    return parse(document, entity).map(entity::withValue).orElse(entity);
  }

  /**
   * The value of {@code expression}, a number, date or time of the given type, written as text,
   * with {@code reportDate} (null if unknown) to resolve relative dates against: ({@code NUMBER},
   * "قریبا پینتیس ہزار") → about 35000; ({@code DATE}, "اتوار", 2016-12-25) → 2016-12-25.
   */
  public static Optional<Value> parse(EntityType type, String expression, LocalDate reportDate) {
    Document document =
        TOKENS.apply(Document.of("expression", expression, new Metadata(null, reportDate, null)));
    return parse(type, document, new CharSpan(0, expression.length()));
  }

  /** The number {@code expression} writes: "چار سو ترپن" → 453. */
  public static Optional<NumberValue> number(String expression) {
    return parse(EntityType.NUMBER, expression, null).map(NumberValue.class::cast);
  }

  /** The date {@code expression} writes, resolved against {@code reportDate} (or null). */
  public static Optional<DateValue> date(String expression, LocalDate reportDate) {
    return parse(EntityType.DATE, expression, reportDate).map(DateValue.class::cast);
  }

  /** The time {@code expression} writes: "رات ساڑھے نو بجے" → 21:30. */
  public static Optional<TimeValue> time(String expression) {
    return parse(EntityType.TIME, expression, null).map(TimeValue.class::cast);
  }

  /** The longest match of {@code type} lying inside {@code span}, or null. */
  private static Match longestInside(Words words, Span span, EntityType type, Context context) {
    Match best = null;
    for (int i = 0; i < words.size(); i++) {
      if (words.start(i) < span.start() || words.start(i) >= span.end()) {
        continue;
      }
      Match match = withoutDayPartOutside(matchOf(type, words, i, context), words, span);
      if (match != null
          && words.end(match.to() - 1) <= span.end()
          && (best == null || match.length() > best.length())) {
        best = match;
      }
    }
    return best;
  }

  /**
   * A date whose part of the day («کی شب», two words) lies outside the span, as the day alone:
   * the model's «23 اگست» in «23 اگست کی شب» is the day 23 August.
   */
  private static Match withoutDayPartOutside(Match match, Words words, Span span) {
    if (match != null && match.value() instanceof DateValue date && date.dayPart() != null
        && match.length() > 2 && words.end(match.to() - 1) > span.end()
        && words.end(match.to() - 3) <= span.end()) {
      return new Match(match.from(), match.to() - 2, match.type(), date.withDayPart(null));
    }
    return match;
  }

  private static Match matchOf(EntityType type, Words words, int i, Context context) {
    return switch (type) {
      case NUMBER -> NumberGrammar.match(words, i, context);
      case DATE -> DateGrammar.match(words, i, context);
      case TIME -> TimeGrammar.match(words, i, context);
      default -> null;
    };
  }
}
