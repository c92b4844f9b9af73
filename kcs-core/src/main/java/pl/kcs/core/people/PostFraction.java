package pl.kcs.core.people;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.regex.Pattern;
import pl.kcs.core.Checks;
import pl.kcs.core.Language;
import pl.kcs.core.text.Quantity;

/**
 * The part of a full-time post (etat) given to a role, as an exact fraction in (0, 1]: ¼, ½, ⅓,
 * 1 … (KCS-REM-FTE: animator work is a separate, clearly defined part of a post; KS-PEOPLE: the
 * coordinator's post need not be full-time).
 *
 * <p>Held as a reduced numerator and denominator, never as a {@code double}: ⅓ stays ⅓. It
 * converts to a {@link BigDecimal} only with an explicit {@link MathContext}.
 *
 * <p>Immutable and thread-safe; equal fractions are equal whatever their written form ({@code
 * 2/4} equals {@code 1/2}).
 */
public final class PostFraction implements Comparable<PostFraction>, Quantity {

  /** A full-time post. */
  public static final PostFraction FULL = new PostFraction(1, 1);

  /** Half a post: the total the source method deems enough for animator work (KCS-REM-FTE). */
  public static final PostFraction HALF = new PostFraction(1, 2);

  /** A quarter of a post: the smaller post of the source's cost example (KCS-COST-ANIMATOR). */
  public static final PostFraction QUARTER = new PostFraction(1, 4);

  private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

  private final long numerator;
  private final long denominator;

  private PostFraction(long numerator, long denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * The fraction {@code numerator/denominator}, reduced.
   *
   * @throws IllegalArgumentException unless {@code 0 < numerator/denominator <= 1}
   */
  public static PostFraction of(long numerator, long denominator) {
    checkArgument(
        denominator > 0, "postFraction denominator must be positive, was %s", denominator);
    checkArgument(
        numerator > 0 && numerator <= denominator,
        "postFraction must be in (0, 1], was %s/%s",
        numerator,
        denominator);
    long gcd = Rational.gcd(numerator, denominator);
    return new PostFraction(numerator / gcd, denominator / gcd);
  }

  /**
   * The fraction equal to {@code decimal} exactly ({@code 0.25} is ¼, {@code 0.3} is 3/10).
   *
   * @throws IllegalArgumentException unless {@code 0 < decimal <= 1}, if it has more than {@value
   *     Checks#MAX_DECIMAL_DIGITS} decimal places (checked before any arithmetic), or if the
   *     reduced denominator does not fit in a {@code long}
   */
  public static PostFraction ofDecimal(BigDecimal decimal) {
    requireNonNull(decimal, "decimal");
    Checks.checkDecimal("postFraction", decimal);
    checkArgument(
        decimal.signum() > 0 && decimal.compareTo(BigDecimal.ONE) <= 0,
        "postFraction must be in (0, 1], was %s",
        decimal.stripTrailingZeros().toPlainString());
    BigDecimal stripped = decimal.stripTrailingZeros();
    int scale = Math.max(stripped.scale(), 0);
    BigInteger numerator = stripped.movePointRight(scale).toBigIntegerExact();
    BigInteger denominator = BigInteger.TEN.pow(scale);
    BigInteger gcd = numerator.gcd(denominator);
    BigInteger reducedDenominator = denominator.divide(gcd);
    checkArgument(
        reducedDenominator.bitLength() < Long.SIZE,
        "postFraction must have a denominator that fits in a long, was %s",
        stripped.toPlainString());
    return of(numerator.divide(gcd).longValueExact(), reducedDenominator.longValueExact());
  }

  /**
   * Parses {@code "1/4"}, {@code "1"} or {@code "0.25"}: at most {@value
   * Checks#MAX_NUMBER_LENGTH} characters, checked before any arithmetic.
   *
   * @throws IllegalArgumentException if the text is not a fraction in (0, 1]; the message repeats
   *     the text only when it is a number
   */
  public static PostFraction parse(String text) {
    requireNonNull(text, "text");
    String trimmed = text.strip();
    if (trimmed.length() > Checks.MAX_NUMBER_LENGTH) {
      throw new IllegalArgumentException(
          "postFraction must be at most "
              + Checks.MAX_NUMBER_LENGTH
              + " characters, was "
              + trimmed.length()
              + " characters long");
    }
    int slash = trimmed.indexOf('/');
    if (slash < 0 && DECIMAL.matcher(trimmed).matches()) {
      return ofDecimal(Checks.parseDecimal("postFraction", trimmed));
    }
    String numerator = slash < 0 ? "" : trimmed.substring(0, slash).strip();
    String denominator = slash < 0 ? "" : trimmed.substring(slash + 1).strip();
    if (!WHOLE.matcher(numerator).matches() || !WHOLE.matcher(denominator).matches()) {
      throw new IllegalArgumentException(
          "postFraction must be a fraction like 1/4 or a decimal like 0.25; the value is not repeated");
    }
    try {
      return of(Long.parseLong(numerator), Long.parseLong(denominator));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "postFraction must have a numerator and a denominator that fit in a long, was " + trimmed,
          e);
    }
  }

  /** The reduced numerator. */
  public long numerator() {
    return numerator;
  }

  /** The reduced denominator. */
  public long denominator() {
    return denominator;
  }

  /** The fraction as a decimal rounded by {@code context} (exact for ¼, ½; rounded for ⅓). */
  public BigDecimal toBigDecimal(MathContext context) {
    return toFte().toBigDecimal(context);
  }

  /** This fraction as an amount of full-time posts. */
  public Fte toFte() {
    return Fte.of(numerator, denominator);
  }

  /** Whether this fraction is smaller than {@code other}. */
  public boolean isLessThan(PostFraction other) {
    return compareTo(other) < 0;
  }

  @Override
  public int compareTo(PostFraction other) {
    return Rational.compare(numerator, denominator, other.numerator, other.denominator);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof PostFraction)) {
      return false;
    }
    PostFraction that = (PostFraction) other;
    return numerator == that.numerator && denominator == that.denominator;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(numerator) * 31 + Long.hashCode(denominator);
  }

  // As a quantity in a sentence, a post fraction is the amount of posts it stands for.

  /** Whether this is a whole post. */
  @Override
  public boolean isWhole() {
    return toFte().isWhole();
  }

  /** The whole posts in this, rounded down: 1 for a full post, else 0. */
  @Override
  public BigInteger wholePart() {
    return toFte().wholePart();
  }

  /** In prose: {@code ¼}, {@code 1}, {@code 3/10} (the same in both languages). */
  @Override
  public String format(Language language) {
    return toFte().format(language);
  }

  /** The fraction as {@code "1/4"}, or {@code "1"} for a full post; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return Rational.format(numerator, denominator);
  }
}
