package org.khabar.value;

import java.time.DayOfWeek;

/**
 * What the value lexicon knows about one normalized word or phrase: its {@link Role}s and the
 * value each role gives it (پینتیس: cardinal 35; ہفتہ: weekday SATURDAY and unit WEEK).
 */
final class WordInfo {

  /** The relative-date words. */
  enum Relative {
    /** آج. */
    TODAY,
    /** کل: yesterday or tomorrow (or 'total', which the grammar rules out first). */
    KAL,
    /** پرسوں: two days before or after. */
    PARSON,
    /** آج کل (nowadays), آج تک (so far): not dates. */
    NOWADAYS
  }

  /** The words before a unit that make a relative date: گزشتہ سال، اگلے ہفتے، اسی ہفتے. */
  enum Modifier {
    PAST,
    NEXT,
    THIS
  }

  static final WordInfo NONE = new WordInfo();

  long roles;
  int cardinal = -1;
  long multiplier;
  int ordinal;
  Rational fraction;
  Rational part;
  Rational prefix;
  int month;
  int hijriMonth;
  DayOfWeek weekday;
  DayPart dayPart;
  Approximation approximation;
  Relative relative;
  Modifier modifier;
  DateRelation.Unit unit;
  /** The lexicon's phrases that start with this word, as words, longest first; null if none. */
  java.util.List<String[]> phrases;

  boolean has(Role role) {
    return (roles & role.bit()) != 0;
  }

  /** True if the word can be part of a number: a cardinal, a multiplier, a fraction or a prefix. */
  boolean isNumberWord() {
    return (roles
            & (Role.CARDINAL.bit()
                | Role.MULTIPLIER.bit()
                | Role.FRACTION.bit()
                | Role.PART.bit()
                | Role.PREFIX.bit()))
        != 0;
  }

  void add(Role role, String value) {
    roles |= role.bit();
    switch (role) {
      case CARDINAL -> cardinal = Integer.parseInt(value);
      case MULTIPLIER -> multiplier = Long.parseLong(value);
      case ORDINAL, DAY_ONE -> ordinal = Integer.parseInt(value);
      case FRACTION -> fraction = Rational.parse(value);
      case PART -> part = Rational.parse(value);
      case PREFIX -> prefix = Rational.parse(value);
      case MONTH -> month = Integer.parseInt(value);
      case HIJRI_MONTH -> hijriMonth = Integer.parseInt(value);
      case WEEKDAY -> weekday = DayOfWeek.valueOf(value);
      case DAY_PART, NIGHT_BETWEEN -> dayPart = DayPart.valueOf(value);
      case APPROX_BEFORE, APPROX_AFTER -> approximation = Approximation.valueOf(value);
      case RELATIVE -> relative = Relative.valueOf(value);
      case MODIFIER -> modifier = Modifier.valueOf(value);
      case UNIT -> unit = DateRelation.Unit.valueOf(value);
      default -> {
        // a context role: the role is all there is to know
      }
    }
  }
}
