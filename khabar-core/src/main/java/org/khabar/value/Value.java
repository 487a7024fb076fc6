package org.khabar.value;

/**
 * The machine-usable value of an expression: a number (پینتیس ہزار = 35000), a date (30
 * ستمبر2015ء = 2015-09-30) or a time (رات ساڑھے نو بجے = 21:30).
 */
public interface Value {

  /** The value in a standard notation: {@code 35000}, {@code 2015-09-30}, {@code 21:30}. */
  String canonical();
}
