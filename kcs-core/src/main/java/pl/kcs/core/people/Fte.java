package pl.kcs.core.people;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * An exact, non-negative amount of full-time posts (etaty), e.g. the total post of all animators
 * of an implementation (KCS-REM-FTE: "in total ½ FTE for 1 or 2 people is enough"). Unlike a
 * {@link PostFraction} it may be zero or exceed one.
 *
 * <p>Immutable and thread-safe.
 */
public final class Fte implements Comparable<Fte> {

  /** No post at all. */
  public static final Fte ZERO = new Fte(0, 1);

  private final long numerator;
  private final long denominator;

  private Fte(long numerator, long denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * The amount {@code numerator/denominator}, reduced.
   *
   * @throws IllegalArgumentException if it is negative or the denominator is not positive
   */
  public static Fte of(long numerator, long denominator) {
    checkArgument(denominator > 0, "fte denominator must be positive, was %s", denominator);
    checkArgument(numerator >= 0, "fte must not be negative, was %s/%s", numerator, denominator);
    if (numerator == 0) {
      return ZERO;
    }
    long gcd = Rational.gcd(numerator, denominator);
    return new Fte(numerator / gcd, denominator / gcd);
  }

  /** This amount plus {@code post}. */
  public Fte plus(PostFraction post) {
    requireNonNull(post, "post");
    long[] sum = Rational.add(numerator, denominator, post.numerator(), post.denominator());
    return new Fte(sum[0], sum[1]);
  }

  /** This amount plus {@code other}. */
  public Fte plus(Fte other) {
    requireNonNull(other, "other");
    long[] sum = Rational.add(numerator, denominator, other.numerator, other.denominator);
    return new Fte(sum[0], sum[1]);
  }

  /** The reduced numerator. */
  public long numerator() {
    return numerator;
  }

  /** The reduced denominator. */
  public long denominator() {
    return denominator;
  }

  /** Whether this amount is smaller than {@code post}. */
  public boolean isLessThan(PostFraction post) {
    return Rational.compare(numerator, denominator, post.numerator(), post.denominator()) < 0;
  }

  /** The amount as a decimal rounded by {@code context}. */
  public BigDecimal toBigDecimal(MathContext context) {
    requireNonNull(context, "context");
    return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), context);
  }

  @Override
  public int compareTo(Fte other) {
    return Rational.compare(numerator, denominator, other.numerator, other.denominator);
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
    return numerator == that.numerator && denominator == that.denominator;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(numerator) * 31 + Long.hashCode(denominator);
  }

  /** The amount as {@code "3/4"}, {@code "0"} or {@code "2"}. */
  @Override
  public String toString() {
    return Rational.format(numerator, denominator);
  }
}
