package org.khabar.value;

import java.util.Set;

/**
 * The tense of the clause around an expression, as far as it decides between yesterday and
 * tomorrow (کل) or the last and the next Sunday (اتوار). Urdu puts the verb at the end of its
 * clause, so the first finite verb after the expression, before a complement clause (کہ), tells:
 * {@code کل ... ملاقات کی تھی} (past), {@code کل ... جائیں گے} (future). Failing that, the
 * ergative نے, which only goes with perfective verbs, before the expression in the same clause
 * says past: {@code صدر نے اتوار کو کہا}.
 *
 * <p>A date that something is put off, extended or in force until points forward whatever the
 * verb's tense: in {@code سماعت 20 جولائی تک ملتوی کر دی} (the hearing was adjourned until 20
 * July), {@code 15 اگست تک دفعہ 144 نافذ کر دی} (imposed until 15 August) or {@code 20 جولائی تک
 * جسمانی ریمانڈ} the date is to come, though «کر دی» is past. So is a date something is set for:
 * {@code 18 ستمبر کیلئے نوٹس جاری کر دیے} (notices for 18 September).
 *
 * <p>The tense of a verb group is its last auxiliary's: a past participle before a future
 * auxiliary is future ({@code کیمپ 14 اگست تک لگایا جائے گا}), and before «ہے» a progressive «رہا»
 * is present ({@code اجلاس 27 نومبر کو منعقد ہو رہا ہے}, which news uses for what is scheduled). A
 * participle clause («26 نومبر سے کھیلے جانے والے ورلڈ کپ») has no tense, and the ergative is
 * looked for only back to the clause's comma.
 */
enum Tense {
  PAST,
  FUTURE,
  UNKNOWN;

  /** Words of a term that runs until a date: adjourned, deferred, extended, in force, remanded. */
  private static final Set<String> UNTIL = Set.of("ملتوی", "موخر", "مؤخر", "توسیع", "نافذ",
      "ریمانڈ");

  /** «for»: the date something is set for. */
  private static final Set<String> FOR = Set.of("کیلئے", "کیلیے", "کےلیے", "کےلئے");

  /** How many words after «تک» a term word may stand: «تک دفعہ 144 نافذ». */
  private static final int UNTIL_REACH = 3;

  /** The tense of the clause around words {@code [from, to)}. */
  static Tense around(Words w, int from, int to) {
    if (runsUntil(w, to) || setFor(w, to)) {
      return FUTURE;
    }
    for (int i = to; i < w.size(); i++) {
      if (w.is(i, "کہ")) {
        break;
      }
      if (participle(w, i)) {
        return UNKNOWN;
      }
      WordInfo info = w.info(i);
      if (info.has(Role.FUTURE_VERB)) {
        return FUTURE;
      }
      if (info.has(Role.PAST_VERB)) {
        if (w.info(i + 1).has(Role.FUTURE_VERB)
            || w.isOneOf(i + 1, "جائے", "جائیں") && w.info(i + 2).has(Role.FUTURE_VERB)) {
          return FUTURE; // لگایا جائے گا
        }
        if (w.isOneOf(i, "رہا", "رہی", "رہے") && w.isOneOf(i + 1, "ہے", "ہیں")) {
          return UNKNOWN; // ہو رہا ہے: present
        }
        return PAST;
      }
    }
    for (int i = from - 1; i >= 0; i--) {
      if (w.is(i, "کہ") || w.isPunctuation(i)) {
        break;
      }
      if (w.is(i, "نے")) {
        return PAST;
      }
    }
    return UNKNOWN;
  }

  /**
   * True if a participle clause ends at word {@code i}: «کھیلے جانے والے», «ہونے والی». Such a
   * clause has no tense of its own: «اتوار کو کھیلے جانے والے میچ» may be last Sunday's or next.
   */
  private static boolean participle(Words w, int i) {
    String word = w.norm(i);
    return word.length() > 2 && word.endsWith("نے") && w.isOneOf(i + 1, "والا", "والے", "والی");
  }

  /**
   * True if «تک» at {@code i} is followed closely by a term word: «تک ملتوی», «تک دفعہ 144
   * نافذ».
   */
  private static boolean runsUntil(Words w, int i) {
    if (!w.is(i, "تک")) {
      return false;
    }
    for (int j = i + 1; j <= i + UNTIL_REACH && j < w.size(); j++) {
      if (UNTIL.contains(w.norm(j))) {
        return true;
      }
      if (w.info(j).has(Role.PAST_VERB) || w.info(j).has(Role.FUTURE_VERB)) {
        return false;
      }
    }
    return false;
  }

  /** True if «کیلئے» or «کے لیے» follows at {@code i}: the date something is set for. */
  private static boolean setFor(Words w, int i) {
    return FOR.contains(w.norm(i))
        || w.is(i, "کے") && w.isOneOf(i + 1, "لیے", "لئے", "لیئے");
  }
}
