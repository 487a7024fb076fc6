package org.khabar.value;

/** How precise a date is: the text names a whole century, decade, year, month, week or day. */
public enum DatePrecision {
  /** اکیسویں صدی: {@code 20} (the years 2000-2099, as TIMEX3 writes it). */
  CENTURY,
  /** 1990 کی دہائی: {@code 199}. */
  DECADE,
  /** سنہ 2012ء: {@code 2012}. */
  YEAR,
  /** ستمبر 2015ء: {@code 2015-09}. */
  MONTH,
  /** اسی ہفتے: {@code 2016-W51}. */
  WEEK,
  /** 30 ستمبر2015ء: {@code 2015-09-30}. */
  DAY
}
