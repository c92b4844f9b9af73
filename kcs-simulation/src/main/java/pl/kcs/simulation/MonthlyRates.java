package pl.kcs.simulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import pl.kcs.costs.CostRange;
import pl.kcs.costs.RateCard;

/**
 * The rate card's amounts that a simulated month adds up, converted once to whole minor units
 * (grosze) so the simulation adds exact integers. Each amount is rounded to the minor unit with
 * {@link RoundingMode#HALF_UP} here, once; the seed's rates are whole złoty and convert exactly.
 */
final class MonthlyRates {

  final CurrencyUnit currency;
  final long animatorLow;
  final long animatorHigh;
  final long supervisionLow;
  final long supervisionHigh;
  final long eventLow;
  final long eventHigh;

  MonthlyRates(ScenarioParameters parameters) {
    RateCard card = parameters.rateCard();
    this.currency = card.currency();
    CostRange pay = card.animatorMonthlyPay(parameters.animatorPost());
    CostRange supervision =
        card.supervisionPerHour().multipliedBy(parameters.supervisionHoursPerAnimator());
    this.animatorLow = minor(pay.low());
    this.animatorHigh = minor(pay.high());
    this.supervisionLow = minor(supervision.low());
    this.supervisionHigh = minor(supervision.high());
    this.eventLow = minor(card.eventEach().low());
    this.eventHigh = minor(card.eventEach().high());
  }

  /** The most a month can cost: every animator in post, every group holding an event. */
  long monthlyHighBound(ScenarioParameters parameters) {
    return parameters.animators() * (animatorHigh + supervisionHigh)
        + parameters.maxGroups() * eventHigh;
  }

  BigDecimal toMajor(long minorUnits) {
    return BigDecimal.valueOf(minorUnits, currency.getDecimalPlaces());
  }

  private static long minor(BigMoney amount) {
    return amount
        .rounded(amount.getCurrencyUnit().getDecimalPlaces(), RoundingMode.HALF_UP)
        .getAmountMinorLong();
  }
}
