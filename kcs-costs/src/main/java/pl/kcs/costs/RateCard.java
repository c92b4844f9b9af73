package pl.kcs.costs;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import pl.kcs.core.Checks;
import pl.kcs.core.people.PostFraction;

/**
 * The prices a {@link Budget} is computed with: one currency, the year of the prices, a rate for
 * each cost the source method names, and the employer's contributions on top of gross pay.
 *
 * <p>{@link #kcs2023()} is the source method's own card, in 2023 PLN: animator work at 7,200 PLN
 * gross a month per full post (KCS-COST-ANIMATOR), one training of one animator 400–800 PLN
 * (KCS-COST-TRAINING), supervision 250–300 PLN an hour (KCS-COST-SUPERVISION), events up to 700
 * PLN each (KCS-COST-EVENT). Users bring their own card — another year, region, currency or rate —
 * with {@link #builder()} or the {@code with*} methods, and re-price a card with {@link
 * #indexedTo}.
 *
 * <p>Every rate is a {@link CostRange} in the card's currency; a point figure is a range whose
 * bounds are equal.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RateCard implements WithRateCard {

  RateCard() {}

  /** The name of the source method's card. */
  static final String KCS_2023_NAME = "KCS";

  private static final CurrencyUnit PLN = CurrencyUnit.of("PLN");

  private static final RateCard KCS_2023 =
      builder()
          .name(KCS_2023_NAME)
          .currency(PLN)
          .priceYear(Year.of(2023))
          .animatorPayPerFullPost(CostRange.exactly(PLN, new BigDecimal("7200")))
          .trainingPerAnimator(CostRange.of(PLN, new BigDecimal("400"), new BigDecimal("800")))
          .supervisionPerHour(CostRange.of(PLN, new BigDecimal("250"), new BigDecimal("300")))
          .eventEach(CostRange.upTo(BigMoney.of(PLN, new BigDecimal("700"))))
          .employerContributions(EmployerContributions.polishDefault())
          .build();

  /** The card's name, e.g. {@code KCS} for the source method's, or a funder's programme. */
  public abstract String name();

  /** The region the prices hold in, if the card is regional. */
  public abstract Optional<String> region();

  /** The currency of every rate. */
  public abstract CurrencyUnit currency();

  /** The year whose prices the rates are. */
  public abstract Year priceYear();

  /**
   * Gross monthly pay for animator work at a full post. The source gives "od ok. 1800 zł brutto
   * (przy ¼ etatu) do 3600 zł brutto (przy ½ etatu) miesięcznie" (KCS-COST-ANIMATOR); that pay is
   * linear in the post fraction, 7,200 PLN per full post, is the library's reading. See {@link
   * #animatorMonthlyPay(PostFraction)}.
   */
  public abstract CostRange animatorPayPerFullPost();

  /**
   * One training for one animator: "400–800 zł w zależności od intensywności szkolenia"
   * (KCS-COST-TRAINING).
   */
  public abstract CostRange trainingPerAnimator();

  /**
   * One hour of supervision, for animators and optionally group leaders: "250–300 zł za godzinę"
   * (KCS-COST-SUPERVISION).
   */
  public abstract CostRange supervisionPerHour();

  /**
   * One workshop, cultural event or group project: "obecnie (2023 rok) to maksymalnie 700 zł na
   * jedno wydarzenie" (KCS-COST-EVENT). The source gives the upper bound only; the lower bound is
   * the user's, 0 by default ({@link #withEventLowerBound}).
   */
  public abstract CostRange eventEach();

  /**
   * What the employer pays on top of gross pay; none unless set. The source method's card uses
   * {@link EmployerContributions#polishDefault()} (library default, not in the source method).
   */
  @Value.Default
  public EmployerContributions employerContributions() {
    return EmployerContributions.none();
  }

  /** The re-pricings that led to this card, oldest first; empty for a card as given. */
  public abstract ImmutableList<Indexation> indexations();

  /**
   * The source method's rates in 2023 PLN (KCS-COST-ANIMATOR, KCS-COST-TRAINING,
   * KCS-COST-SUPERVISION, KCS-COST-EVENT), with the common Polish employer contributions of 20.48%
   * (library default, not in the source method).
   */
  public static RateCard kcs2023() {
    return KCS_2023;
  }

  /** A builder of a card of one's own. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gross monthly pay of one animator at {@code fraction} of a post: the full-post pay times the
   * fraction (KCS-COST-ANIMATOR; library reading). ¼ → 1,800.00 PLN, ½ → 3,600.00 PLN, ⅓ →
   * 2,400.00 PLN on {@link #kcs2023()}.
   */
  public final CostRange animatorMonthlyPay(PostFraction fraction) {
    return animatorPayPerFullPost().multipliedBy(fraction, CostRange.QUOTIENT_CONTEXT);
  }

  /**
   * This card with events costing from {@code low} up to the card's upper bound
   * (KCS-COST-EVENT leaves the lower bound to the user).
   *
   * @throws IllegalArgumentException if {@code low} exceeds the upper bound or is in another
   *     currency
   */
  public final RateCard withEventLowerBound(BigMoney low) {
    return withEventEach(CostRange.of(low, eventEach().high()));
  }

  /**
   * This card re-priced to {@code year}: every rate multiplied by {@code series}' factor from
   * {@link #priceYear()} to {@code year}, exactly, and the re-pricing recorded in {@link
   * #indexations()}. The employer's rates and the Labour Fund threshold are left as they are: they
   * are set by law, year by year, not by prices. The same card for its own year.
   *
   * @throws IllegalArgumentException if {@code year} is before {@link #priceYear()}
   * @throws MissingPriceIndexException if the series lacks a year in between
   */
  public final RateCard indexedTo(Year year, PriceIndexSeries series) {
    requireNonNull(year, "year");
    requireNonNull(series, "series");
    checkArgument(
        !year.isBefore(priceYear()),
        "target year must not be before the card's price year %s, was %s",
        priceYear(),
        year);
    if (year.equals(priceYear())) {
      return this;
    }
    BigDecimal factor = series.factor(priceYear(), year);
    return withPriceYear(year)
        .withAnimatorPayPerFullPost(animatorPayPerFullPost().multipliedBy(factor))
        .withTrainingPerAnimator(trainingPerAnimator().multipliedBy(factor))
        .withSupervisionPerHour(supervisionPerHour().multipliedBy(factor))
        .withEventEach(eventEach().multipliedBy(factor))
        .withIndexations(
            ImmutableList.<Indexation>builder()
                .addAll(indexations())
                .add(Indexation.of(priceYear(), year, factor, series.source()))
                .build());
  }

  @Value.Check
  void check() {
    Checks.checkName("rate card name", name());
    region().ifPresent(region -> Checks.checkName("rate card region", region));
    checkCurrency("animatorPayPerFullPost", animatorPayPerFullPost().currency());
    checkCurrency("trainingPerAnimator", trainingPerAnimator().currency());
    checkCurrency("supervisionPerHour", supervisionPerHour().currency());
    checkCurrency("eventEach", eventEach().currency());
    employerContributions()
        .labourFundThreshold()
        .ifPresent(threshold -> checkCurrency("labourFundThreshold", threshold.getCurrencyUnit()));
  }

  private void checkCurrency(String field, CurrencyUnit currency) {
    checkState(
        currency.equals(currency()),
        "%s must be in the card's currency %s, was %s",
        field,
        currency(),
        currency);
  }

  /** Builds a {@link RateCard}; all but the region, employer contributions and indexations are required. */
  public static final class Builder extends ImmutableRateCard.Builder {
    Builder() {}
  }
}
