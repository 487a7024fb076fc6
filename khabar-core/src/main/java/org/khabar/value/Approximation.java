package org.khabar.value;

/**
 * How exact a number is, as a qualifier word next to it says. The qualifier stays outside the
 * NUMBER span (as in the NER training sets) but its meaning is kept in the {@link NumberValue}.
 */
public enum Approximation {
  /** No qualifier: {@code پینتیس ہزار} is 35000. */
  EXACT,
  /** About: قریبا، تقریبا، لگ بھگ، کے لگ بھگ، کے قریب، and ایک after a number (ڈیڑھ ایک ماہ). */
  ABOUT,
  /** More than: {@code 3000 سے زائد}، سے زیادہ، سے اوپر. */
  MORE_THAN,
  /** At least: {@code کم از کم دو}. */
  AT_LEAST,
  /** Less than: {@code دس سے کم}. */
  LESS_THAN,
  /** At most: {@code زیادہ سے زیادہ دس}. */
  AT_MOST
}
