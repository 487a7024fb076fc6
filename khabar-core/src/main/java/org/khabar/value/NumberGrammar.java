package org.khabar.value;

import java.math.BigDecimal;
import java.util.Set;
import org.khabar.entity.EntityType;

/**
 * Numbers in words, digits or both, with their qualifiers. The rules, each with an example:
 *
 * <ul>
 *   <li>Digits in any script, grouped or decimal: 35، ۳۵، 1,000، 1.4.
 *   <li>Number words 0-99 (with their spelling variants) and the multipliers سو، ہزار، لاکھ،
 *       کروڑ، ارب، کھرب, in any combination: پینتیس ہزار = 35000، چار سو ترپن = 453، تینتیس سو =
 *       3300، دو کروڑ 26 لاکھ = 22600000; glued: دوہزارچھ = 2006; mixed: 35 ہزار، 1.4 ارب; a decimal
 *       point in words: چودہ اعشاریہ چار ارب = 14400000000.
 *   <li>Fractions: ڈیڑھ = 1.5، ڈھائی = 2.5، آدھا = 0.5 (ڈیڑھ سو = 150); ساڑھے adds a half
 *       (ساڑھے تین ہزار = 3500), سوا a quarter (سوا دو = 2.25، سوا سو = 125), پونے takes one off
 *       (پونے تین = 2.75); parts: ایک تہائی = 1/3، تین چوتھائی = 3/4.
 *   <li>Ordinals: پہلا، تیسرے، اکیسویں، 18واں، 18 ویں.
 *   <li>Qualifiers, outside the span but in the value: قریبا پینتیس ہزار (about), 3000 سے زائد
 *       (more than), کم از کم دو (at least), ڈیڑھ ایک ماہ (about: a number then ایک).
 * </ul>
 *
 * <p>When finding numbers in running text (strict), words that are more often something else
 * are numbers only where the words around them say so: ایک is the article (ایک بیان میں) unless
 * a qualifier or صرف comes before it or فیصد after it; سو is 'sleep' before سو گئے and 'so' at
 * a sentence's start, and a number only before a counted noun (سو فیصد) or with a qualifier; اسی
 * ('this very') and بہتر ('better') likewise; نو is 'new' in نو منتخب and از سر نو; بیس is 'base' in ایئر بیس; دو is
 * 'give' in ہونے دو at the end of a clause; پہلے is 'before' and دوسرا 'other' unless a word such as بار، مرحلے or بڑے
 * follows (دوسرے بڑے شہر: the second largest city); the سوا of کے سوا is 'except'.
 */
final class NumberGrammar {

  private static final Set<String> NEED_CONTEXT = Set.of("ایک", "سو", "اسی", "بہتر");
  private static final Set<String> ORDINAL_NEEDS_NOUN =
      Set.of("پہلے", "دوسرا", "دوسری", "دوسرے", "چھٹی", "اول");

  private NumberGrammar() {}

  /** The number starting at word {@code i}, with its qualifier, or null. */
  static Match match(Words w, int i, Context context) {
    Parsed parsed = parse(w, i, context.strict());
    if (parsed == null) {
      return null;
    }
    if (context.strict() && !plausible(w, i, parsed)) {
      return null;
    }
    NumberValue value = parsed.value.toValue();
    if (parsed.ordinal) {
      value = value.asOrdinal();
    }
    return new Match(i, parsed.to, EntityType.NUMBER, qualify(w, i, parsed.to, value));
  }

  /** A number read from words: {@code [from, to)}, its value, and whether it is an ordinal. */
  record Parsed(int to, Rational value, boolean ordinal, boolean oneWord) {}

  /**
   * Reads the number starting at word {@code i}: ordinals, then counts with multipliers,
   * fractions and prefixes. Null if no number starts there.
   */
  static Parsed parse(Words w, int i, boolean strict) {
    if (i < 0 || i >= w.size()) {
      return null;
    }
    WordInfo first = w.info(i);
    if (!w.isDigits(i) && !first.isNumberWord() && !first.has(Role.ORDINAL)) {
      return null;
    }
    if (strict && first.has(Role.PREFIX) && w.is(i, "سوا") && (w.is(i - 1, "کے") || w.is(i - 1, "کی"))) {
      return null;
    }
    return w.number(i, at -> read(w, at));
  }

  private static Parsed read(Words w, int i) {
    WordInfo first = w.info(i);
    if (first.has(Role.ORDINAL) && !first.has(Role.CARDINAL)) {
      return new Parsed(i + 1, Rational.of(first.ordinal), true, true);
    }
    Count count = new Count();
    int j = i;
    int good = -1;
    Rational goodValue = null;
    while (j < w.size()) {
      if (!count.accept(w, j)) {
        break;
      }
      j++;
      if (count.complete()) {
        good = j;
        goodValue = count.value();
      }
      if (count.finished) {
        break;
      }
    }
    if (good < 0) {
      return null;
    }
    if (w.has(good, Role.ORDINAL_SUFFIX) && goodValue.isWhole() && w.startsToken(good)) {
      return new Parsed(good + 1, goodValue, true, false);
    }
    return new Parsed(good, goodValue, false, good == i + 1);
  }

  /** The running state of a count being read word by word. */
  private static final class Count {
    private Rational total = Rational.ZERO;
    private Rational group;
    private boolean groupHasHundred;
    private boolean unitsAfterHundred;
    private long lastMultiplier = Long.MAX_VALUE;
    private Rational prefix;
    private boolean previousWasMultiplier;
    private boolean any;
    private Rational decimalBase;
    private String decimalDigits;
    boolean finished;

    /** Takes word {@code j} into the count; false if it cannot continue it. */
    boolean accept(Words w, int j) {
      WordInfo info = w.info(j);
      Rational number = null;
      if (w.isDigits(j)) {
        if (DigitShapes.hasYearMarker(w.norm(j)) && any) {
          return false;
        }
        number = DigitShapes.number(w.norm(j));
        if (number == null) {
          return false;
        }
      } else if (info.has(Role.CARDINAL)) {
        number = Rational.of(info.cardinal);
      }
      if (number != null) {
        return acceptCount(number);
      }
      if (info.has(Role.DECIMAL_POINT)) {
        if (group == null || !group.isWhole() || decimalBase != null || prefix != null) {
          return false;
        }
        decimalBase = group;
        decimalDigits = "";
        return true;
      }
      if (info.has(Role.FRACTION)) {
        if (group != null || prefix != null || any) {
          return false;
        }
        group = info.fraction;
        return taken(false);
      }
      if (info.has(Role.PREFIX)) {
        if (group != null || prefix != null || lastMultiplier != Long.MAX_VALUE) {
          return false;
        }
        WordInfo next = w.info(j + 1);
        boolean countFollows =
            w.isDigits(j + 1) || next.has(Role.CARDINAL) || next.has(Role.MULTIPLIER);
        if (!countFollows) {
          return false;
        }
        prefix = info.prefix;
        return true;
      }
      if (info.has(Role.MULTIPLIER)) {
        return acceptMultiplier(info.multiplier);
      }
      if (info.has(Role.PART)) {
        if (lastMultiplier != Long.MAX_VALUE || groupHasHundred || prefix != null) {
          return false;
        }
        group = (group == null ? Rational.ONE : group).times(info.part);
        finished = true;
        return taken(false);
      }
      return false;
    }

    private boolean acceptCount(Rational number) {
      if (decimalDigits != null) {
        return acceptDecimalDigits(number);
      }
      if (prefix != null) {
        number = number.plus(prefix);
        prefix = null;
      }
      if (group == null) {
        if (lastMultiplier != Long.MAX_VALUE && number.compareTo(lastMultiplier) >= 0) {
          return false;
        }
        group = number;
        return taken(false);
      }
      if (groupHasHundred && !unitsAfterHundred && number.isWhole() && number.compareTo(100) < 0) {
        group = group.plus(number);
        unitsAfterHundred = true;
        return taken(false);
      }
      return false;
    }

    /** چودہ اعشاریہ چار: digit words after the point, one by one, or one word for two digits. */
    private boolean acceptDecimalDigits(Rational number) {
      long digits = number.wholeOr(-1);
      boolean oneDigit = digits >= 0 && digits < 10;
      boolean twoDigits = digits >= 10 && digits < 100 && decimalDigits.isEmpty();
      if (!oneDigit && !twoDigits) {
        return false;
      }
      if (decimalDigits.length() >= 2 && !oneDigit) {
        return false;
      }
      decimalDigits += digits;
      group = decimalBase.plus(Rational.of(new BigDecimal("0." + decimalDigits)));
      if (twoDigits) {
        decimalDigits = null; // closed: اعشاریہ پچیس = .25
      }
      return taken(false);
    }

    private boolean acceptMultiplier(long multiplier) {
      decimalDigits = null;
      Rational base = group;
      if (base == null) {
        if (prefix != null) {
          base = Rational.ONE.plus(prefix);
          prefix = null;
        } else if (previousWasMultiplier && multiplier > lastMultiplier && !total.isZero()
            && total.compareTo(multiplier) < 0) {
          total = total.times(multiplier); // دس ہزار کروڑ: ten thousand crore
          lastMultiplier = multiplier;
          return taken(true);
        } else if (any) {
          return false;
        } else {
          base = Rational.ONE;
        }
      }
      if (multiplier == 100) {
        if (groupHasHundred || base.compareTo(100) >= 0) {
          return false;
        }
        group = base.times(100);
        groupHasHundred = true;
        return taken(true);
      }
      if (multiplier >= lastMultiplier) {
        return false;
      }
      total = total.plus(base.times(multiplier));
      lastMultiplier = multiplier;
      group = null;
      groupHasHundred = false;
      unitsAfterHundred = false;
      return taken(true);
    }

    private boolean taken(boolean multiplier) {
      previousWasMultiplier = multiplier;
      any = true;
      return true;
    }

    boolean complete() {
      return any && prefix == null && !(decimalDigits != null && decimalDigits.isEmpty());
    }

    Rational value() {
      return group == null ? total : total.plus(group);
    }
  }

  /** False for a lone word that is more likely something else here (see the class comment). */
  private static boolean plausible(Words w, int i, Parsed parsed) {
    String word = w.norm(i);
    if (parsed.ordinal && parsed.oneWord && ORDINAL_NEEDS_NOUN.contains(word)) {
      return w.has(i + 1, Role.ORDINAL_NOUN);
    }
    if (!parsed.oneWord || w.isDigits(i)) {
      return true;
    }
    boolean qualified =
        w.has(i - 1, Role.APPROX_BEFORE) || w.has(i - 1, Role.ONLY) || w.has(i + 1, Role.APPROX_AFTER);
    if (NEED_CONTEXT.contains(word)) {
      if (qualified || w.is(i + 1, "فیصد")) {
        return true;
      }
      if (word.equals("ایک")) {
        return false;
      }
      boolean counted = w.has(i + 1, Role.COUNTED_NOUN) && !w.has(i + 1, Role.SLEEP_NEXT);
      return counted && i > 0 && !(word.equals("اسی") && w.has(i + 1, Role.UNIT));
    }
    return switch (word) {
      case "نو" -> !w.has(i + 1, Role.NEW_NEXT) && !w.has(i - 1, Role.NEW_PREV);
      case "بیس" -> !w.has(i - 1, Role.BASE_PREV) && !w.has(i + 1, Role.BASE_NEXT);
      case "دو" -> !(w.has(i - 1, Role.GIVE_PREV) && clauseEnds(w, i + 1));
      default -> true;
    };
  }

  /** True if the clause ends at word {@code i}: a mark, the end, or اور / کہ. */
  private static boolean clauseEnds(Words w, int i) {
    return i >= w.size() || w.isPunctuation(i) || w.is(i, "اور") || w.is(i, "کہ");
  }

  /** Several, a few: before a bare multiplier they make a lower bound (see {@link #qualify}). */
  private static final Set<String> SEVERAL = Set.of("کئی", "چند");

  /**
   * {@code value} with the qualifier found before word {@code from} or at word {@code to}. «کئی»
   * or «چند» before a number that starts with its multiplier («کئی ہزار», several thousand;
   * «چند سو», a few hundred) makes it more than the multiplier; before anything else («چند
   * ایک», «کئی دوسرے») it qualifies nothing.
   */
  static NumberValue qualify(Words w, int from, int to, NumberValue value) {
    WordInfo before = w.info(from - 1);
    if (before.has(Role.APPROX_BEFORE)) {
      return value.qualified(before.approximation, w.norm(from - 1));
    }
    if (SEVERAL.contains(w.norm(from - 1)) && w.has(from, Role.MULTIPLIER)) {
      return value.qualified(Approximation.MORE_THAN, w.norm(from - 1));
    }
    WordInfo after = w.info(to);
    if (after.has(Role.APPROX_AFTER)) {
      return value.qualified(after.approximation, w.norm(to));
    }
    boolean oneAfter =
        w.is(to, "ایک")
            && !value.equals(NumberValue.of(1))
            && !w.info(to + 1).isNumberWord()
            && !w.isDigits(to + 1);
    if (oneAfter) {
      return value.qualified(Approximation.ABOUT, "ایک");
    }
    return value;
  }
}
