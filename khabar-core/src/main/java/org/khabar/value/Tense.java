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
 * <p>A date that something is put off until points forward whatever the verb's tense: in {@code
 * سماعت 20 جولائی تک ملتوی کر دی} (the hearing was adjourned until 20 July) the date is to come,
 * though «کر دی» is past.
 */
enum Tense {
  PAST,
  FUTURE,
  UNKNOWN;

  /** Words of putting off: adjourned, deferred. */
  private static final Set<String> POSTPONED = Set.of("ملتوی", "موخر", "مؤخر");

  /** The tense of the clause around words {@code [from, to)}. */
  static Tense around(Words w, int from, int to) {
    if (to + 1 < w.size() && w.is(to, "تک") && POSTPONED.contains(w.norm(to + 1))) {
      return FUTURE;
    }
    for (int i = to; i < w.size(); i++) {
      if (w.is(i, "کہ")) {
        break;
      }
      WordInfo info = w.info(i);
      if (info.has(Role.FUTURE_VERB)) {
        return FUTURE;
      }
      if (info.has(Role.PAST_VERB)) {
        return PAST;
      }
    }
    for (int i = from - 1; i >= 0; i--) {
      if (w.is(i, "کہ")) {
        break;
      }
      if (w.is(i, "نے")) {
        return PAST;
      }
    }
    return UNKNOWN;
  }
}
