package org.khabar.value;

/**
 * The tense of the clause around an expression, as far as it decides between yesterday and
 * tomorrow (کل) or the last and the next Sunday (اتوار). Urdu puts the verb at the end of its
 * clause, so the first finite verb after the expression, before a complement clause (کہ), tells:
 * {@code کل ... ملاقات کی تھی} (past), {@code کل ... جائیں گے} (future). Failing that, the
 * ergative نے, which only goes with perfective verbs, before the expression in the same clause
 * says past: {@code صدر نے اتوار کو کہا}.
 */
enum Tense {
  PAST,
  FUTURE,
  UNKNOWN;

  /** The tense of the clause around words {@code [from, to)}. */
  static Tense around(Words w, int from, int to) {
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
