package pl.kcs.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static pl.kcs.costs.CostFixtures.pln;
import static pl.kcs.costs.CostFixtures.plnExactly;
import static pl.kcs.costs.CostFixtures.plnRange;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import org.joda.money.BigMoney;
import org.junit.jupiter.api.Test;
import pl.kcs.testing.Property;

/** Employer contributions on the gross pay of KCS-COST-ANIMATOR: a library extension. */
class EmployerContributionsTest {

  private final EmployerContributions polish = EmployerContributions.polishDefault();

  @Test
  void should_accept_rates_of_exactly_0_and_100_percent() {
    EmployerContributions polish = EmployerContributions.polishDefault();
    assertThat(
            polish
                .withRate(EmployerContribution.ACCIDENT, BigDecimal.ZERO)
                .ratePercent(EmployerContribution.ACCIDENT))
        .isEqualByComparingTo("0");
    assertThat(
            polish
                .withRate(EmployerContribution.ACCIDENT, new BigDecimal("100"))
                .ratePercent(EmployerContribution.ACCIDENT))
        .isEqualByComparingTo("100");
  }

  @Test
  void should_name_each_part_of_the_common_polish_rate_of_20_48_percent() {
    assertThat(polish.ratesPercent())
        .containsExactly(
            entry(EmployerContribution.PENSION, new BigDecimal("9.76")),
            entry(EmployerContribution.DISABILITY, new BigDecimal("6.50")),
            entry(EmployerContribution.ACCIDENT, new BigDecimal("1.67")),
            entry(EmployerContribution.LABOUR_FUND, new BigDecimal("2.45")),
            entry(EmployerContribution.GUARANTEED_BENEFITS_FUND, new BigDecimal("0.10")));
    assertThat(polish.totalRatePercent()).isEqualByComparingTo("20.48");
    assertThat(polish.labourFundThreshold()).isEmpty();
    // the defaults the common rate is made of, part by part (library default, not the method's)
    assertThat(EmployerContribution.values())
        .extracting(EmployerContribution::defaultRatePercent)
        .containsExactly(
            new BigDecimal("9.76"),
            new BigDecimal("6.50"),
            new BigDecimal("1.67"),
            new BigDecimal("2.45"),
            new BigDecimal("0.10"));
  }

  @Test
  void should_cost_20_48_percent_on_a_quarter_post_KCS_COST_ANIMATOR() {
    assertThat(polish.contributionOn(pln("1800"))).isEqualTo(pln("368.6400"));
    assertThat(polish.contributionOn(plnExactly("1800"))).isEqualTo(plnExactly("368.64"));
  }

  @Test
  void should_keep_the_exact_contribution_on_indexed_pay() {
    assertThat(polish.contributionOn(pln("1864.80")).getAmount()).isEqualByComparingTo("381.91104");
  }

  @Test
  void should_break_the_contribution_down_part_by_part() {
    assertThat(polish.breakdownOn(pln("1000")))
        .containsExactly(
            entry(EmployerContribution.PENSION, pln("97.6000")),
            entry(EmployerContribution.DISABILITY, pln("65.0000")),
            entry(EmployerContribution.ACCIDENT, pln("16.7000")),
            entry(EmployerContribution.LABOUR_FUND, pln("24.5000")),
            entry(EmployerContribution.GUARANTEED_BENEFITS_FUND, pln("1.0000")));
  }

  @Test
  void should_leave_the_labour_fund_out_below_the_threshold() {
    EmployerContributions withThreshold = polish.withLabourFundThreshold(pln("3490"));

    assertThat(withThreshold.ratePercentOn(pln("1800"))).isEqualByComparingTo("18.03");
    assertThat(withThreshold.ratePercentOn(pln("3490"))).isEqualByComparingTo("20.48");
    assertThat(withThreshold.breakdownOn(pln("1800")))
        .doesNotContainKey(EmployerContribution.LABOUR_FUND);
    assertThat(withThreshold.contributionOn(plnRange("1800", "3600")))
        .isEqualTo(plnRange("324.54", "737.28"));
  }

  @Test
  void should_take_the_employers_own_accident_rate() {
    EmployerContributions larger = polish.withAccidentRate(new BigDecimal("0.67"));

    assertThat(larger.ratePercent(EmployerContribution.ACCIDENT)).isEqualByComparingTo("0.67");
    assertThat(larger.totalRatePercent()).isEqualByComparingTo("19.48");
    assertThat(larger.ratesPercent().keySet()).containsExactly(EmployerContribution.values());
  }

  @Test
  void should_charge_nothing_when_none() {
    EmployerContributions none = EmployerContributions.none();

    assertThat(none.isNone()).isTrue();
    assertThat(none.contributionOn(pln("1800")).isZero()).isTrue();
    assertThat(none.ratePercent(EmployerContribution.PENSION)).isEqualByComparingTo("0");
    assertThat(polish.isNone()).isFalse();
  }

  @Test
  void should_reject_a_rate_outside_0_to_100_percent() {
    assertThatThrownBy(() -> polish.withAccidentRate(new BigDecimal("-0.1")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rate of ACCIDENT must be in [0, 100] per cent, was -0.1");
    assertThatThrownBy(() -> polish.withRate(EmployerContribution.PENSION, new BigDecimal("100.5")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rate of PENSION must be in [0, 100] per cent, was 100.5");
  }

  @Test
  void should_reject_a_negative_threshold() {
    assertThatThrownBy(() -> polish.withLabourFundThreshold(pln("-1")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("labourFundThreshold must not be negative, was PLN -1");
  }

  @Test
  void should_cite_the_gross_pay_they_extend_and_their_legal_basis() {
    for (EmployerContribution part : EmployerContribution.values()) {
      assertThat(part.source().id()).isEqualTo("KCS-COST-ANIMATOR");
      assertThat(part.legalBasis()).startsWith("Ustawa z dnia ");
    }
  }

  @Test
  void should_never_charge_less_on_higher_pay() {
    Property.check()
        .forAll(
            CostGens.pairs(
                CostGens.pairs(CostGens.plnAmounts(), CostGens.plnAmounts()),
                CostGens.plnAmounts()),
            amounts -> {
              BigMoney a = amounts.first().first();
              BigMoney b = amounts.first().second();
              BigMoney lower = a.isLessThan(b) ? a : b;
              BigMoney higher = a.isLessThan(b) ? b : a;
              // A threshold between the two pays, where the Labour Fund starts.
              EmployerContributions contributions =
                  polish.withLabourFundThreshold(between(amounts.second(), lower, higher));
              assertThat(
                      contributions
                          .contributionOn(higher)
                          .isGreaterThanOrEqual(contributions.contributionOn(lower)))
                  .isTrue();
            });
  }

  private static BigMoney between(BigMoney pick, BigMoney lower, BigMoney higher) {
    return pick.isLessThan(lower) ? lower : pick.isGreaterThan(higher) ? higher : pick;
  }

  @Test
  void should_be_values() {
    new EqualsTester()
        .addEqualityGroup(
            polish, EmployerContributions.polishDefault().withAccidentRate(new BigDecimal("1.67")))
        .addEqualityGroup(polish.withLabourFundThreshold(pln("3490")))
        .addEqualityGroup(EmployerContributions.none(), EmployerContributions.builder().build())
        .testEquals();
  }
}
