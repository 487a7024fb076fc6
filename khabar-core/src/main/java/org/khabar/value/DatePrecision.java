package org.khabar.value;

/**
 * How precise a date is: the text names a whole century, decade, fiscal year, year, month, week
 * or day.
 */
public enum DatePrecision {
  /** اکیسویں صدی: {@code 20} (the years 2000-2099, as TIMEX3 writes it). */
  CENTURY,
  /** 1990 کی دہائی: {@code 199}. */
  DECADE,
  /**
   * مالی سال 2016-17: Pakistan's fiscal year, July to June, {@code 2016-07/2017-06} (an ISO 8601
   * interval of months).
   */
  FISCAL_YEAR,
  /** سنہ 2012ء: {@code 2012}. */
  YEAR,
  /** ستمبر 2015ء: {@code 2015-09}. */
  MONTH,
  /** اسی ہفتے: {@code 2016-W51}. */
  WEEK,
  /** 30 ستمبر2015ء: {@code 2015-09-30}. */
  DAY
}
