package pl.kcs.core.people;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import pl.kcs.core.Language;
import pl.kcs.core.text.Quantity;
import pl.kcs.core.text.TextFormats;

/**
 * An exact, non-negative amount of full-time posts (etaty), e.g. the total post of all animators
 * of an implementation (KCS-REM-FTE: "in total ½ FTE for 1 or 2 people is enough"). Unlike a
 * {@link PostFraction} it may be zero or exceed one.
 *
 * <p>Held as a reduced fraction of {@link BigInteger}s, so a sum is exact however many posts it
 * adds and whatever their denominators: ⅟999999999989 + ⅟999999999961 is not an overflow but a
 * fraction with a 24-digit denominator.
 *
 * <p>Immutable and thread-safe.
 */
public final class Fte implements Comparable<Fte>, Quantity {

  /** No post at all. */
  public static final Fte ZERO = new Fte(BigInteger.ZERO, BigInteger.ONE);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Fte(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /** {@code numerator/denominator} reduced; the denominator is positive. */
  private static Fte reduced(BigInteger numerator, BigInteger denominator) {
    if (numerator.signum() == 0) {
      return ZERO;
    }
    BigInteger gcd = numerator.gcd(denominator);
    return new Fte(numerator.divide(gcd), denominator.divide(gcd));
  }

  /**
   * The amount {@code numerator/denominator}, reduced.
   *
   * @throws IllegalArgumentException if it is negative or the denominator is not positive
   */
  public static Fte of(long numerator, long denominator) {
    checkArgument(denominator > 0, "fte denominator must be positive, was %s", denominator);
    checkArgument(numerator >= 0, "fte must not be negative, was %s/%s", numerator, denominator);
    return reduced(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * The amount {@code numerator/denominator}, reduced.
   *
   * @throws IllegalArgumentException if it is negative or the denominator is not positive
   */
  public static Fte of(BigInteger numerator, BigInteger denominator) {
    requireNonNull(numerator, "numerator");
    requireNonNull(denominator, "denominator");
    checkArgument(
        denominator.signum() > 0, "fte denominator must be positive, was %s", denominator);
    checkArgument(
        numerator.signum() >= 0, "fte must not be negative, was %s/%s", numerator, denominator);
    return reduced(numerator, denominator);
  }

  /** This amount plus {@code post}, exactly. */
  public Fte plus(PostFraction post) {
    requireNonNull(post, "post");
    return plus(BigInteger.valueOf(post.numerator()), BigInteger.valueOf(post.denominator()));
  }

  /** This amount plus {@code other}, exactly. */
  public Fte plus(Fte other) {
    requireNonNull(other, "other");
    return plus(other.numerator, other.denominator);
  }

  private Fte plus(BigInteger otherNumerator, BigInteger otherDenominator) {
    return reduced(
        numerator.multiply(otherDenominator).add(otherNumerator.multiply(denominator)),
        denominator.multiply(otherDenominator));
  }

  /** The reduced numerator. */
  public BigInteger numerator() {
    return numerator;
  }

  /** The reduced denominator, positive. */
  public BigInteger denominator() {
    return denominator;
  }

  /** Whether this amount is smaller than {@code post}. */
  public boolean isLessThan(PostFraction post) {
    requireNonNull(post, "post");
    return compareTo(post.toFte()) < 0;
  }

  /** The amount as a decimal rounded by {@code context}. */
  public BigDecimal toBigDecimal(MathContext context) {
    requireNonNull(context, "context");
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), context);
  }

  @Override
  public int compareTo(Fte other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Fte)) {
      return false;
    }
    Fte that = (Fte) other;
    return numerator.equals(that.numerator) && denominator.equals(that.denominator);
  }

  @Override
  public int hashCode() {
    return numerator.hashCode() * 31 + denominator.hashCode();
  }

  /** Whether this is a whole number of posts. */
  @Override
  public boolean isWhole() {
    return numerator.mod(denominator).signum() == 0;
  }

  /** The whole posts in this, rounded down. */
  @Override
  public BigInteger wholePart() {
    return numerator.divide(denominator);
  }

  /** In prose: {@code ¼}, {@code 1½}, {@code 2}, {@code 3/10} (the same in both languages). */
  @Override
  public String format(Language language) {
    requireNonNull(language, "language");
    return TextFormats.fraction(numerator, denominator);
  }

  /** The amount as {@code "3/4"}, {@code "0"} or {@code "2"}. */
  @Override
  public String toString() {
    return denominator.equals(BigInteger.ONE)
        ? numerator.toString()
        : numerator + "/" + denominator;
  }
}
