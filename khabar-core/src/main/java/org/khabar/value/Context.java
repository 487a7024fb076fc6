package org.khabar.value;

import java.time.LocalDate;

/**
 * What the rules need to know besides the words: the report's date (null if unknown), and
 * whether to be strict. Strict is for finding expressions in running text, where ایک is usually
 * "a" and کل often "total"; lenient is for giving a value to a span that the NER model already
 * says is a number, date or time.
 */
record Context(LocalDate reportDate, boolean strict) {}
