package pl.kcs.costs;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.BigMoney;

/**
 * What an employer pays on top of gross pay, part by part, in per cent of gross pay: gross pay →
 * total employer cost. The source method gives gross pay only (KCS-COST-ANIMATOR: "brutto"), so a
 * {@link Budget} shows these contributions as a line of their own ({@link
 * CostCategory#EMPLOYER_CONTRIBUTIONS}), never mixed into the gross figures.
 *
 * <p>{@link #polishDefault()} is the common Polish employer rate, 20.48% of gross pay: pension
 * 9.76, disability 6.50, accident 1.67, Labour Fund 2.45, Guaranteed Employee Benefits Fund 0.10
 * (see {@link EmployerContribution}). Library default, not in the source method. The accident rate
 * and the Labour Fund threshold vary by employer and year and are configurable ({@link
 * #withAccidentRate}, {@link #withLabourFundThreshold(BigMoney)}); so is every other part ({@link
 * #withRate}), for another country or a change in the law.
 *
 * <p>Contributions are computed exactly on exact pay: ZUS rounds each contribution to the grosz
 * per employee and month, a budget rounds once, at the edge.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class EmployerContributions implements WithEmployerContributions {

  EmployerContributions() {}

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static final EmployerContributions NONE = builder().build();

  private static final EmployerContributions POLISH_DEFAULT = polishDefaultRates();

  /**
   * The rate of each part, in per cent of gross pay (e.g. 9.76 for 9.76%). A part that is absent is
   * not charged.
   */
  public abstract ImmutableMap<EmployerContribution, BigDecimal> ratesPercent();

  /**
   * The monthly gross pay below which no {@link EmployerContribution#LABOUR_FUND Labour Fund}
   * contribution is due: in Polish law the year's minimum wage (the contribution is not due for an
   * employee whose monthly contribution base is below it, part-time posts included). Empty by
   * default, and then the Labour Fund is always charged: the budget may overstate the cost of a
   * small post but never understates it (library default). A ¼ post at 1,800 PLN is below the 2023
   * minimum wage; set the threshold to the minimum wage of the card's year to leave the Labour Fund
   * out.
   */
  public abstract Optional<BigMoney> labourFundThreshold();

  /** The common Polish employer rate, 20.48% of gross pay, with no Labour Fund threshold. */
  public static EmployerContributions polishDefault() {
    return POLISH_DEFAULT;
  }

  /** No contributions: an employer cost equal to gross pay. */
  public static EmployerContributions none() {
    return NONE;
  }

  /** A builder of contributions; no part is charged unless put. */
  public static Builder builder() {
    return new Builder();
  }

  /** The rate of {@code part}, in per cent of gross pay; zero if it is not charged. */
  public final BigDecimal ratePercent(EmployerContribution part) {
    requireNonNull(part, "part");
    return ratesPercent().getOrDefault(part, BigDecimal.ZERO);
  }

  /** These contributions with {@code part} at {@code ratePercent} per cent of gross pay. */
  public final EmployerContributions withRate(EmployerContribution part, BigDecimal ratePercent) {
    requireNonNull(part, "part");
    requireNonNull(ratePercent, "ratePercent");
    Map<EmployerContribution, BigDecimal> rates = new EnumMap<>(EmployerContribution.class);
    rates.putAll(ratesPercent());
    rates.put(part, ratePercent);
    return withRatesPercent(rates);
  }

  /**
   * These contributions with the accident-insurance rate {@code ratePercent}: the rate ZUS sets for
   * the employer (from 0.67% to 3.33% since 2018; 1.67% for up to nine insured persons).
   */
  public final EmployerContributions withAccidentRate(BigDecimal ratePercent) {
    return withRate(EmployerContribution.ACCIDENT, ratePercent);
  }

  /** The sum of all rates, in per cent of gross pay: 20.48 for {@link #polishDefault()}. */
  public final BigDecimal totalRatePercent() {
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal rate : ratesPercent().values()) {
      total = total.add(rate);
    }
    return total;
  }

  /**
   * The rate charged on an employee's {@code monthlyGross} pay, in per cent: {@link
   * #totalRatePercent()} without the Labour Fund when the pay is below {@link
   * #labourFundThreshold()}.
   */
  public final BigDecimal ratePercentOn(BigMoney monthlyGross) {
    requireNonNull(monthlyGross, "monthlyGross");
    BigDecimal total = totalRatePercent();
    return isLabourFundDue(monthlyGross)
        ? total
        : total.subtract(ratePercent(EmployerContribution.LABOUR_FUND));
  }

  /** What the employer pays on an employee's {@code monthlyGross} pay, exactly. */
  public final BigMoney contributionOn(BigMoney monthlyGross) {
    return monthlyGross.multipliedBy(ratePercentOn(monthlyGross).movePointLeft(2));
  }

  /**
   * What the employer pays on an employee's monthly gross pay of {@code monthlyGross}, bound by
   * bound: with a threshold, the Labour Fund may be due at the high end only.
   */
  public final CostRange contributionOn(CostRange monthlyGross) {
    requireNonNull(monthlyGross, "monthlyGross");
    return CostRange.of(contributionOn(monthlyGross.low()), contributionOn(monthlyGross.high()));
  }

  /** Each charged part on an employee's {@code monthlyGross} pay, exactly, in the enum's order. */
  public final ImmutableMap<EmployerContribution, BigMoney> breakdownOn(BigMoney monthlyGross) {
    requireNonNull(monthlyGross, "monthlyGross");
    ImmutableMap.Builder<EmployerContribution, BigMoney> parts = ImmutableMap.builder();
    for (EmployerContribution part : EmployerContribution.values()) {
      if (!ratesPercent().containsKey(part)
          || (part == EmployerContribution.LABOUR_FUND && !isLabourFundDue(monthlyGross))) {
        continue;
      }
      parts.put(part, monthlyGross.multipliedBy(ratePercent(part).movePointLeft(2)));
    }
    return parts.buildOrThrow();
  }

  /** Whether nothing is charged. */
  public final boolean isNone() {
    return totalRatePercent().signum() == 0;
  }

  private boolean isLabourFundDue(BigMoney monthlyGross) {
    return labourFundThreshold().map(monthlyGross::isGreaterThanOrEqual).orElse(true);
  }

  @Value.Check
  void check() {
    for (Map.Entry<EmployerContribution, BigDecimal> rate : ratesPercent().entrySet()) {
      checkState(
          rate.getValue().signum() >= 0 && rate.getValue().compareTo(HUNDRED) <= 0,
          "rate of %s must be in [0, 100] per cent, was %s",
          rate.getKey(),
          rate.getValue().toPlainString());
    }
    labourFundThreshold()
        .ifPresent(
            threshold ->
                checkState(
                    !threshold.isNegative(),
                    "labourFundThreshold must not be negative, was %s",
                    threshold));
  }

  private static EmployerContributions polishDefaultRates() {
    Builder builder = builder();
    for (EmployerContribution part : EmployerContribution.values()) {
      builder.putRatesPercent(part, part.defaultRatePercent());
    }
    return builder.build();
  }

  /** Builds {@link EmployerContributions}; put the rate of each charged part. */
  public static final class Builder extends ImmutableEmployerContributions.Builder {
    Builder() {}
  }
}
