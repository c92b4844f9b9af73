package pl.kcs.core.people;

import java.math.BigInteger;

/** Exact arithmetic on non-negative fractions held as reduced numerator/denominator pairs. */
final class Rational {

  private Rational() {}

  static long gcd(long a, long b) {
    return BigInteger.valueOf(a).gcd(BigInteger.valueOf(b)).longValueExact();
  }

  /** {@code a/b + c/d}, reduced, as {numerator, denominator}; fails on overflow. */
  static long[] add(long a, long b, long c, long d) {
    long numerator = Math.addExact(Math.multiplyExact(a, d), Math.multiplyExact(c, b));
    long denominator = Math.multiplyExact(b, d);
    long gcd = gcd(numerator, denominator);
    return new long[] {numerator / gcd, denominator / gcd};
  }

  /** Compares {@code a/b} with {@code c/d} (positive denominators). */
  static int compare(long a, long b, long c, long d) {
    return BigInteger.valueOf(a)
        .multiply(BigInteger.valueOf(d))
        .compareTo(BigInteger.valueOf(c).multiply(BigInteger.valueOf(b)));
  }

  static String format(long numerator, long denominator) {
    return denominator == 1 ? Long.toString(numerator) : numerator + "/" + denominator;
  }
}
