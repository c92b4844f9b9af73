package pl.kcs.costs;

import java.math.BigDecimal;
import java.time.Year;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import pl.kcs.core.partner.ContributionKind;
import pl.kcs.core.partner.PartnerId;
import pl.kcs.core.people.PostFraction;

/** Intention-revealing values and pre-filled builders for the tests of kcs-costs. */
final class CostFixtures {

  static final CurrencyUnit PLN = CurrencyUnit.of("PLN");
  static final CurrencyUnit EUR = CurrencyUnit.of("EUR");

  private CostFixtures() {}

  static BigMoney pln(String amount) {
    return BigMoney.of(PLN, new BigDecimal(amount));
  }

  static BigMoney eur(String amount) {
    return BigMoney.of(EUR, new BigDecimal(amount));
  }

  static CostRange plnRange(String low, String high) {
    return CostRange.of(pln(low), pln(high));
  }

  static CostRange plnExactly(String amount) {
    return CostRange.exactly(pln(amount));
  }

  /** One month, one group of ten, nothing else: a plan to add one kind of cost to. */
  static BudgetPlan.Builder anEmptyMonth() {
    return BudgetPlan.builder().months(1).groups(1).participants(10);
  }

  /** A year with one animator on ¼ of a post (KCS-COST-ANIMATOR), one training, 2 h of supervision a month. */
  static BudgetPlan.Builder aQuarterPostYear() {
    return BudgetPlan.builder()
        .months(12)
        .addAnimators(AnimatorPost.of(PostFraction.QUARTER, 1))
        .animatorSupervisionHoursPerMonth(new BigDecimal("2"))
        .groups(2)
        .participants(16);
  }

  /** A partner paying {@code amount} PLN in money towards {@code covers} (KCS-COST-PARTNERS). */
  static PartnerContribution aPartnerPaying(String amount, CostCategory covers) {
    return PartnerContribution.of(
        PartnerId.of("ngo-1"), ContributionKind.MONEY, covers, pln(amount));
  }

  /** A card of one's own in euros, without employer contributions: 4,000 EUR a month per full post. */
  static RateCard aEuroCard() {
    return RateCard.builder()
        .name("EU")
        .currency(EUR)
        .priceYear(Year.of(2024))
        .animatorPayPerFullPost(CostRange.exactly(eur("4000")))
        .trainingPerAnimator(CostRange.exactly(eur("200")))
        .supervisionPerHour(CostRange.exactly(eur("80")))
        .eventEach(CostRange.upTo(eur("300")))
        .build();
  }

  /** The source method's card without employer contributions: the seed's gross figures only. */
  static RateCard theSourceCardGrossOnly() {
    return RateCard.kcs2023().withEmployerContributions(EmployerContributions.none());
  }
}
