package pl.kcs.costs;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import pl.kcs.core.Checks;
import pl.kcs.core.people.PostFraction;

/**
 * A cost known within bounds, from {@link #low()} to {@link #high()}, in one currency: the shape of
 * every figure of the source method — "400–800 zł" for one training (KCS-COST-TRAINING), "250–300
 * zł za godzinę" of supervision (KCS-COST-SUPERVISION), "at most 700 zł" per event
 * (KCS-COST-EVENT). An exact figure, such as 1,800 PLN a month for ¼ of a post
 * (KCS-COST-ANIMATOR), is a range whose bounds are equal.
 *
 * <p>Invariants: both bounds in one currency, {@code 0 <= low <= high}, each below 10<sup>30</sup>
 * with at most 30 decimal places ({@link Checks#checkDecimal}). Violations throw {@link
 * IllegalArgumentException} ({@link CurrencyMismatchException} for two currencies).
 *
 * <p>Amounts are Joda-Money {@link BigMoney}: exact decimals, never {@code double}. Sums and
 * products are exact and never rounded. The only inexact operation is a division whose decimal
 * quotient does not terminate (a rate times ⅓ of a post, a cost per 7 groups); it takes an
 * explicit {@link MathContext}, and kcs itself always passes {@link #QUOTIENT_CONTEXT}, 34
 * significant digits — some thirty orders of magnitude below a grosz. Rounding to the currency's
 * minor unit happens once, at the edge, with {@link #roundedToMinorUnit(RoundingMode)}.
 *
 * <p>Ranges add ({@link #plus}), scale ({@link #multipliedBy(long)}, {@link
 * #multipliedBy(BigDecimal)}, {@link #dividedBy}) and compare ({@link #isAtMost}, {@link
 * #isAtLeast}, {@link #encloses}, {@link #contains}). They have no total order: 100–900 is neither
 * cheaper nor dearer than 400–500.
 *
 * <p>Equality is by value: {@code PLN 1800} equals {@code PLN 1800.00}. Each bound is held with
 * the currency's scale or, where it has more decimals, exactly as many as it needs, so that {@link
 * #toString()} and the CSV of a {@link CostTable} write it back exactly.
 *
 * <p>Immutable and thread-safe.
 */
public final class CostRange {

  /**
   * The precision of every division kcs performs: {@link MathContext#DECIMAL128} (34 significant
   * digits, {@link RoundingMode#HALF_EVEN}). A quotient that terminates within 34 digits — every
   * figure of the source method at ¼, ½ or ⅓ of a post — is exact.
   */
  public static final MathContext QUOTIENT_CONTEXT = MathContext.DECIMAL128;

  private final BigMoney low;
  private final BigMoney high;

  private CostRange(BigMoney low, BigMoney high) {
    this.low = low;
    this.high = high;
  }

  /**
   * The range from {@code low} to {@code high}.
   *
   * @throws CurrencyMismatchException if the currencies differ
   * @throws IllegalArgumentException if {@code low} is negative or greater than {@code high}
   */
  public static CostRange of(BigMoney low, BigMoney high) {
    requireNonNull(low, "low");
    requireNonNull(high, "high");
    if (!low.isSameCurrency(high)) {
      throw new CurrencyMismatchException(low.getCurrencyUnit(), high.getCurrencyUnit());
    }
    // Bounded before anything else: 1e100000000 would make every later sum and rounding endless.
    Checks.checkDecimal("cost range low", low.getAmount());
    Checks.checkDecimal("cost range high", high.getAmount());
    checkArgument(!low.isNegative(), "cost range low must not be negative, was %s", low);
    checkArgument(
        low.isLessThanOrEqual(high), "cost range low must not exceed high, was %s > %s", low, high);
    return new CostRange(normalized(low), normalized(high));
  }

  /** The range from {@code low} to {@code high} in {@code currency}; see {@link #of(BigMoney, BigMoney)}. */
  public static CostRange of(CurrencyUnit currency, BigDecimal low, BigDecimal high) {
    requireNonNull(currency, "currency");
    requireNonNull(low, "low");
    requireNonNull(high, "high");
    return of(BigMoney.of(currency, low), BigMoney.of(currency, high));
  }

  /**
   * The exact cost {@code amount}: a range whose bounds are equal.
   *
   * @throws IllegalArgumentException if {@code amount} is negative
   */
  public static CostRange exactly(BigMoney amount) {
    return of(amount, amount);
  }

  /** The exact cost {@code amount} in {@code currency}; see {@link #exactly(BigMoney)}. */
  public static CostRange exactly(CurrencyUnit currency, BigDecimal amount) {
    return of(currency, amount, amount);
  }

  /**
   * Anything from nothing up to {@code high}: the shape of "at most 700 zł per event"
   * (KCS-COST-EVENT), whose lower bound the source leaves open.
   */
  public static CostRange upTo(BigMoney high) {
    requireNonNull(high, "high");
    return of(BigMoney.zero(high.getCurrencyUnit()), high);
  }

  /** No cost in {@code currency}. */
  public static CostRange zero(CurrencyUnit currency) {
    requireNonNull(currency, "currency");
    BigMoney zero = BigMoney.zero(currency);
    return of(zero, zero);
  }

  /**
   * The sum of {@code ranges}, or zero in {@code currency} when there are none.
   *
   * @throws CurrencyMismatchException if a range is not in {@code currency}
   */
  public static CostRange total(CurrencyUnit currency, Iterable<CostRange> ranges) {
    requireNonNull(ranges, "ranges");
    CostRange sum = zero(currency);
    for (CostRange range : ranges) {
      sum = sum.plus(range);
    }
    return sum;
  }

  /** The lowest cost, exact and unrounded. */
  public BigMoney low() {
    return low;
  }

  /** The highest cost, exact and unrounded. */
  public BigMoney high() {
    return high;
  }

  /** The currency of both bounds. */
  public CurrencyUnit currency() {
    return low.getCurrencyUnit();
  }

  /** Whether the cost is known exactly: low equals high. */
  public boolean isExact() {
    return low.equals(high);
  }

  /** Whether the cost is nothing at all. */
  public boolean isZero() {
    return high.isZero();
  }

  /**
   * This range plus {@code other}, bound by bound, exactly.
   *
   * @throws CurrencyMismatchException if the currencies differ
   */
  public CostRange plus(CostRange other) {
    requireNonNull(other, "other");
    checkCurrency(other.currency());
    return new CostRange(normalized(low.plus(other.low)), normalized(high.plus(other.high)));
  }

  /**
   * This range {@code times} times, exactly.
   *
   * @throws IllegalArgumentException if {@code times} is negative
   */
  public CostRange multipliedBy(long times) {
    checkArgument(times >= 0, "multiplier must not be negative, was %s", times);
    return new CostRange(normalized(low.multipliedBy(times)), normalized(high.multipliedBy(times)));
  }

  /**
   * This range multiplied by {@code factor} (an hour count, a price-index factor), exactly.
   *
   * @throws IllegalArgumentException if {@code factor} is negative
   */
  public CostRange multipliedBy(BigDecimal factor) {
    requireNonNull(factor, "factor");
    checkArgument(
        factor.signum() >= 0, "multiplier must not be negative, was %s", factor.toPlainString());
    return new CostRange(
        normalized(low.multipliedBy(factor)), normalized(high.multipliedBy(factor)));
  }

  /**
   * This range times {@code fraction} of a post: multiplied by the numerator, then divided by the
   * denominator in {@code context} — exact for ¼ and ½, and for ⅓ whenever the amount divides by
   * three.
   */
  public CostRange multipliedBy(PostFraction fraction, MathContext context) {
    requireNonNull(fraction, "fraction");
    return multipliedBy(fraction.numerator()).dividedBy(fraction.denominator(), context);
  }

  /**
   * This range divided by {@code divisor} in {@code context}: exact when the quotient has at most
   * {@code context.getPrecision()} significant digits, rounded by {@code context} otherwise.
   *
   * @throws IllegalArgumentException if {@code divisor} is not positive
   */
  public CostRange dividedBy(long divisor, MathContext context) {
    requireNonNull(context, "context");
    checkArgument(divisor > 0, "divisor must be positive, was %s", divisor);
    if (divisor == 1) {
      return this;
    }
    BigDecimal by = BigDecimal.valueOf(divisor);
    return new CostRange(
        normalized(low.withAmount(low.getAmount().divide(by, context))),
        normalized(high.withAmount(high.getAmount().divide(by, context))));
  }

  /**
   * This range rounded to the currency's minor unit (the grosz for PLN) by {@code mode}: the one
   * rounding of a figure, at the edge.
   *
   * @throws ArithmeticException if {@code mode} is {@link RoundingMode#UNNECESSARY} and a bound has
   *     a fraction of the minor unit
   */
  public CostRange roundedToMinorUnit(RoundingMode mode) {
    requireNonNull(mode, "mode");
    int scale = minorUnitScale(currency());
    return new CostRange(
        normalized(low.withScale(scale, mode)), normalized(high.withScale(scale, mode)));
  }

  /** Whether {@code amount} lies within this range, bounds included. */
  public boolean contains(BigMoney amount) {
    requireNonNull(amount, "amount");
    checkCurrency(amount.getCurrencyUnit());
    return low.isLessThanOrEqual(amount) && amount.isLessThanOrEqual(high);
  }

  /** Whether every cost of {@code other} lies within this range. */
  public boolean encloses(CostRange other) {
    requireNonNull(other, "other");
    return contains(other.low) && contains(other.high);
  }

  /**
   * Whether this range costs no more than {@code other} at either end: {@code low <= other.low} and
   * {@code high <= other.high}.
   */
  public boolean isAtMost(CostRange other) {
    requireNonNull(other, "other");
    checkCurrency(other.currency());
    return low.isLessThanOrEqual(other.low) && high.isLessThanOrEqual(other.high);
  }

  /** Whether this range costs no less than {@code other} at either end; see {@link #isAtMost}. */
  public boolean isAtLeast(CostRange other) {
    requireNonNull(other, "other");
    return other.isAtMost(this);
  }

  /**
   * What is left of this range after a part {@code covered} was paid in the same way: bound minus
   * bound. Package-private: it is not interval subtraction, and it is meaningful only for a part
   * computed from this range, as partner coverage is (KCS-COST-PARTNERS).
   */
  CostRange minusCoveredPart(CostRange covered) {
    checkCurrency(covered.currency());
    return of(low.minus(covered.low), high.minus(covered.high));
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CostRange)) {
      return false;
    }
    CostRange that = (CostRange) other;
    return low.equals(that.low) && high.equals(that.high);
  }

  @Override
  public int hashCode() {
    return low.hashCode() * 31 + high.hashCode();
  }

  /** The range as {@code PLN 250.00–300.00}, or {@code PLN 1800.00} when exact. */
  @Override
  public String toString() {
    String currency = currency().getCode();
    String lowText = low.getAmount().toPlainString();
    return isExact()
        ? currency + " " + lowText
        : currency + " " + lowText + "–" + high.getAmount().toPlainString();
  }

  private void checkCurrency(CurrencyUnit other) {
    if (!currency().equals(other)) {
      throw new CurrencyMismatchException(currency(), other);
    }
  }

  static int minorUnitScale(CurrencyUnit currency) {
    return Math.max(currency.getDecimalPlaces(), 0);
  }

  /**
   * {@code amount} with the currency's scale, or exactly as many decimals as it needs where that is
   * more: one representation per value, so that equal values are equal objects.
   */
  @SuppressWarnings("BigDecimalEquals") // the scale is what is compared: one representation
  private static BigMoney normalized(BigMoney amount) {
    BigDecimal value = amount.getAmount();
    int minScale = minorUnitScale(amount.getCurrencyUnit());
    BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    BigDecimal canonical = stripped.scale() < minScale ? stripped.setScale(minScale) : stripped;
    return canonical.equals(value) ? amount : amount.withAmount(canonical);
  }
}
