package org.khabar.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Objects;

/**
 * The value of a number expression: an exact rational number (35000, 1.4, 1/3), whether it is an
 * ordinal (پہلا، 18واں، اکیسویں), and how exact the text says it is (قریبا پینتیس ہزار is about
 * 35000).
 *
 * @param numerator the numerator of the value in lowest terms
 * @param denominator the denominator, positive, in lowest terms (1 for whole numbers)
 * @param ordinal true for ordinals: دوسرا is the ordinal 2
 * @param approximation what the qualifier word says, {@link Approximation#EXACT} if there is none
 * @param qualifier the qualifier as normalized ({@code قریبا}, {@code سے زائد}), or null
 */
public record NumberValue(
    BigInteger numerator,
    BigInteger denominator,
    boolean ordinal,
    Approximation approximation,
    String qualifier)
    implements Value {

  public NumberValue {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    Objects.requireNonNull(approximation, "approximation");
    if (denominator.signum() <= 0) {
      throw new IllegalArgumentException("denominator must be positive: " + denominator);
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
    if ((approximation == Approximation.EXACT) != (qualifier == null)) {
      throw new IllegalArgumentException("a qualifier goes with an approximation, and only then");
    }
  }

  /** The whole number {@code value}: چار سو ترپن is {@code of(453)}. */
  public static NumberValue of(long value) {
    return new NumberValue(BigInteger.valueOf(value), BigInteger.ONE, false, Approximation.EXACT, null);
  }

  /** The decimal {@code value}: 1.4 ارب is {@code of(new BigDecimal("1400000000"))}. */
  public static NumberValue of(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() <= 0) {
      return new NumberValue(
          stripped.toBigIntegerExact(), BigInteger.ONE, false, Approximation.EXACT, null);
    }
    return new NumberValue(
        stripped.unscaledValue(),
        BigInteger.TEN.pow(stripped.scale()),
        false,
        Approximation.EXACT,
        null);
  }

  /** The fraction {@code numerator/denominator}: ایک تہائی is {@code fraction(1, 3)}. */
  public static NumberValue fraction(long numerator, long denominator) {
    return new NumberValue(
        BigInteger.valueOf(numerator),
        BigInteger.valueOf(denominator),
        false,
        Approximation.EXACT,
        null);
  }

  /** This number as an ordinal: 18واں. */
  public NumberValue asOrdinal() {
    return new NumberValue(numerator, denominator, true, approximation, qualifier);
  }

  /** This number qualified: قریبا پینتیس ہزار is {@code of(35000).qualified(ABOUT, "قریبا")}. */
  public NumberValue qualified(Approximation newApproximation, String newQualifier) {
    return new NumberValue(numerator, denominator, ordinal, newApproximation, newQualifier);
  }

  /** True if a qualifier says the number is not exact. */
  public boolean approximate() {
    return approximation != Approximation.EXACT;
  }

  public boolean isWhole() {
    return denominator.equals(BigInteger.ONE);
  }

  /** True if the value has a finite decimal form (1/4 = 0.25 has, 1/3 has not). */
  public boolean isDecimal() {
    BigInteger d = denominator;
    for (BigInteger p : new BigInteger[] {BigInteger.TWO, BigInteger.valueOf(5)}) {
      while (d.mod(p).signum() == 0) {
        d = d.divide(p);
      }
    }
    return d.equals(BigInteger.ONE);
  }

  /** The value as a decimal, exact when {@link #isDecimal()}, else to 16 significant digits. */
  public BigDecimal decimal() {
    BigDecimal n = new BigDecimal(numerator);
    BigDecimal d = new BigDecimal(denominator);
    return isDecimal()
        ? n.divide(d).stripTrailingZeros()
        : n.divide(d, MathContext.DECIMAL64).stripTrailingZeros();
  }

  /**
   * The value as a plain decimal ({@code 35000}, {@code 2.25}), or as a fraction ({@code 1/3})
   * when it has no finite decimal form. Ordinals and qualifiers are not part of it.
   */
  @Override
  public String canonical() {
    return isDecimal() ? decimal().toPlainString() : numerator + "/" + denominator;
  }

  @Override
  public String toString() {
    return canonical()
        + (ordinal ? " (ordinal)" : "")
        + (approximate() ? " (" + approximation + " " + qualifier + ")" : "");
  }
}
