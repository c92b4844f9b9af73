package pl.kcs.core.people;

import java.math.BigInteger;

/** Exact arithmetic on non-negative fractions held as reduced numerator/denominator pairs. */
final class Rational {

  private Rational() {}

  static long gcd(long a, long b) {
    long x = Math.abs(a);
    long y = Math.abs(b);
    while (y != 0) {
      long t = x % y;
      x = y;
      y = t;
    }
    return x;
  }

  /** Compares {@code a/b} with {@code c/d} (non-negative numerators, positive denominators). */
  static int compare(long a, long b, long c, long d) {
    long high1 = Math.multiplyHigh(a, d);
    long high2 = Math.multiplyHigh(c, b);
    // Fast path for non-negative products that fit in a long; exact big arithmetic otherwise.
    if (high1 == 0 && high2 == 0 && a * d >= 0 && c * b >= 0) {
      return Long.compare(a * d, c * b);
    }
    return BigInteger.valueOf(a)
        .multiply(BigInteger.valueOf(d))
        .compareTo(BigInteger.valueOf(c).multiply(BigInteger.valueOf(b)));
  }

  static String format(long numerator, long denominator) {
    return denominator == 1 ? Long.toString(numerator) : numerator + "/" + denominator;
  }
}
