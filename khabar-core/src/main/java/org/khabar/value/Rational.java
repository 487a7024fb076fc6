package org.khabar.value;

import java.math.BigDecimal;
import java.math.BigInteger;

/** An exact fraction, for the arithmetic of number words (ساڑھے تین ہزار = 7/2 × 1000). */
record Rational(BigInteger numerator, BigInteger denominator) {

  static final Rational ZERO = of(0);
  static final Rational ONE = of(1);

  Rational {
    if (denominator.signum() <= 0) {
      throw new IllegalArgumentException("denominator must be positive");
    }
    BigInteger gcd = denominator.equals(BigInteger.ONE) ? BigInteger.ONE : numerator.gcd(denominator);
    if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
  }

  static Rational of(long value) {
    return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
  }

  static Rational of(long numerator, long denominator) {
    return new Rational(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  static Rational of(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() <= 0
        ? new Rational(stripped.toBigIntegerExact(), BigInteger.ONE)
        : new Rational(stripped.unscaledValue(), BigInteger.TEN.pow(stripped.scale()));
  }

  /** Parses {@code 3/2}, {@code -1/4} or {@code 7}. */
  static Rational parse(String text) {
    int slash = text.indexOf('/');
    return slash < 0
        ? of(Long.parseLong(text))
        : of(Long.parseLong(text.substring(0, slash)), Long.parseLong(text.substring(slash + 1)));
  }

  Rational plus(Rational other) {
    return new Rational(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  Rational times(Rational other) {
    return new Rational(
        numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  Rational times(long factor) {
    return new Rational(numerator.multiply(BigInteger.valueOf(factor)), denominator);
  }

  int compareTo(long value) {
    return numerator.compareTo(denominator.multiply(BigInteger.valueOf(value)));
  }

  boolean isZero() {
    return numerator.signum() == 0;
  }

  boolean isWhole() {
    return denominator.equals(BigInteger.ONE);
  }

  /** The whole value, or -1 if not whole or beyond {@code long}. */
  long wholeOr(long fallback) {
    return isWhole() && numerator.bitLength() < 63 ? numerator.longValue() : fallback;
  }

  NumberValue toValue() {
    return new NumberValue(numerator, denominator, false, Approximation.EXACT, null);
  }
}
