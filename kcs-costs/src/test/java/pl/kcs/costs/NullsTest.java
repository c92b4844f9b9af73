package pl.kcs.costs;

import static pl.kcs.costs.CostFixtures.PLN;
import static pl.kcs.costs.CostFixtures.aQuarterPostYear;
import static pl.kcs.costs.CostFixtures.pln;
import static pl.kcs.costs.CostFixtures.plnRange;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Year;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;
import pl.kcs.core.Language;
import pl.kcs.core.partner.ContributionKind;
import pl.kcs.core.partner.PartnerId;
import pl.kcs.core.people.PostFraction;

/** Every public method of the kcs-costs values throws NullPointerException for a null argument. */
class NullsTest {

  private final NullPointerTester tester =
      new NullPointerTester()
          .setDefault(BigMoney.class, pln("1"))
          .setDefault(BigDecimal.class, BigDecimal.ONE)
          .setDefault(CurrencyUnit.class, PLN)
          .setDefault(CostRange.class, plnRange("1", "2"))
          .setDefault(PostFraction.class, PostFraction.HALF)
          .setDefault(MathContext.class, MathContext.DECIMAL128)
          .setDefault(RoundingMode.class, RoundingMode.HALF_UP)
          .setDefault(Year.class, Year.of(2024))
          .setDefault(Language.class, Language.POLISH)
          .setDefault(Rounding.class, Rounding.exact())
          .setDefault(RateCard.class, RateCard.kcs2023())
          .setDefault(BudgetPlan.class, aQuarterPostYear().build())
          .setDefault(PriceIndexSeries.class, PriceIndexSeries.polishCpi())
          .setDefault(PartnerId.class, PartnerId.of("p"))
          .setDefault(ContributionKind.class, ContributionKind.MONEY)
          .setDefault(CostCategory.class, CostCategory.TRAINING)
          .setDefault(EmployerContribution.class, EmployerContribution.ACCIDENT);

  @Test
  void should_reject_nulls_in_rate_cards_and_employer_contributions() {
    tester.testAllPublicStaticMethods(RateCard.class);
    tester.testAllPublicInstanceMethods(RateCard.kcs2023());
    tester.testAllPublicStaticMethods(EmployerContributions.class);
    tester.testAllPublicInstanceMethods(EmployerContributions.polishDefault());
  }

  @Test
  void should_reject_nulls_in_plans_and_budgets() {
    tester.testAllPublicStaticMethods(BudgetPlan.class);
    tester.testAllPublicInstanceMethods(aQuarterPostYear().build());
    tester.testAllPublicStaticMethods(AnimatorPost.class);
    tester.testAllPublicStaticMethods(PartnerContribution.class);
    tester.testAllPublicStaticMethods(Budget.class);
    tester.testAllPublicInstanceMethods(Budget.of(aQuarterPostYear().build(), RateCard.kcs2023()));
  }

  @Test
  void should_reject_nulls_in_scenarios_tables_and_rounding() {
    tester.testAllPublicStaticMethods(Scenario.class);
    tester.testAllPublicStaticMethods(ScenarioComparison.class);
    tester.testAllPublicInstanceMethods(
        ScenarioComparison.of(Scenario.of("a", aQuarterPostYear().build(), RateCard.kcs2023())));
    tester.testAllPublicStaticMethods(CostTable.class);
    tester.testAllPublicStaticMethods(Rounding.class);
    tester.testAllPublicInstanceMethods(Rounding.exact());
    tester.testAllPublicStaticMethods(PriceIndex.class);
    tester.testAllPublicStaticMethods(Indexation.class);
  }
}
