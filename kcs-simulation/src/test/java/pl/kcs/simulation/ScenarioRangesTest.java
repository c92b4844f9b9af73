package pl.kcs.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import pl.kcs.costs.CostRange;
import pl.kcs.costs.RateCard;

/**
 * Issue 16: parameters whose simulation would overflow its exact integer sums, or hand back a
 * result computed after an overflow, are refused when built, naming the parameter. The ranges are
 * kcs defaults, documented on {@link ScenarioParameters}. The timeout guards a hang only.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ScenarioRangesTest {

  @Test
  void initial_members_of_1500000000_are_refused_instead_of_overflowing_the_survey_counts() {
    assertThatThrownBy(() -> ScenarioParameters.builder().initialMembers(1_500_000_000).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("initialMembers must be at most 1000, was 1500000000");
    assertThat(ScenarioParameters.builder().initialMembers(1000).build().initialMembers())
        .isEqualTo(1000);
  }

  @Test
  void supervision_hours_of_1e20_are_refused_as_more_than_the_hours_of_a_month() {
    assertThatThrownBy(
            () ->
                ScenarioParameters.builder()
                    .supervisionHoursPerAnimator(new BigDecimal("1e20"))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "supervisionHoursPerAnimator must be at most 744 (the hours of a month), was 1E+20");
    assertThatThrownBy(
            () ->
                ScenarioParameters.builder()
                    .supervisionHoursPerAnimator(new BigDecimal("1e-100000000"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("supervisionHoursPerAnimator must be a number below 10^30");
  }

  @Test
  void a_rate_card_whose_costliest_run_would_overflow_the_exact_sums_is_refused() {
    RateCard dear =
        RateCard.kcs2023()
            .withAnimatorPayPerFullPost(
                CostRange.exactly(CurrencyUnit.of("PLN"), new BigDecimal("1e20")));

    assertThatThrownBy(() -> ScenarioParameters.builder().rateCard(dear).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "rateCard must keep the costliest run (every animator in post, every group holding an event, every month) at most 1000000000000000 minor units");
    // With no animator the pay is in no sum, but it is still converted to minor units.
    assertThatThrownBy(() -> ScenarioParameters.builder().animators(0).rateCard(dear).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("rateCard must keep the costliest run");
  }

  @Test
  void replications_whose_exact_cost_sums_would_overflow_are_refused_before_any_work() {
    RateCard dear =
        RateCard.kcs2023()
            .withAnimatorPayPerFullPost(
                CostRange.exactly(CurrencyUnit.of("PLN"), new BigDecimal("1e9")));
    Simulation simulation = Simulation.of(ScenarioParameters.builder().rateCard(dear).build());

    assertThatThrownBy(
            () -> simulation.run(RunSettings.builder().seed(16).replications(100_000_000L).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("replications must be at most ")
        .hasMessageEndingWith(
            " for this scenario, so that its exact cost sums cannot overflow, was 100000000");
  }

  @Test
  void a_thousand_animators_for_1200_months_run_to_the_end() {
    ScenarioParameters largest =
        ScenarioParameters.builder().animators(1000).months(1200).maxGroups(10_000).build();

    SimulationResult result =
        Simulation.of(largest).run(RunSettings.builder().seed(16).replications(3).build());

    assertThat(result.months()).hasSize(1200);
  }
}
