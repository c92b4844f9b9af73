package pl.kcs.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UncertaintyTest {

  private static final ScenarioParameters SCENARIO =
      ScenarioParameters.builder().months(24).build();
  private static final Uncertainty UNCERTAIN_MATURING =
      Uncertainty.none()
          .with(ProbabilityParameter.SELF_RUNNING, ParameterDistribution.uniform(0.05, 0.6))
          .with(ProbabilityParameter.INDEPENDENCE, ParameterDistribution.beta(2, 4))
          .with(ProbabilityParameter.NEW_GROUP, ParameterDistribution.triangular(0.2, 0.5, 0.8));

  @Test
  void a_scenario_without_uncertainty_draws_exactly_what_a_point_scenario_draws() {
    RunSettings settings = RunSettings.builder().seed(9).replications(2_000).build();

    assertThat(Simulation.of(SCENARIO, Uncertainty.none()).run(settings).toCsv())
        .isEqualTo(Simulation.of(SCENARIO).run(settings).toCsv())
        .doesNotContain("# uncertain");
  }

  @Test
  void uncertain_parameters_are_reproducible_from_the_seed_on_any_number_of_threads_and_blocks() {
    Simulation simulation = Simulation.of(SCENARIO, UNCERTAIN_MATURING);
    RunSettings.Builder settings = RunSettings.builder().seed(31).replications(3_000);

    SimulationResult one = simulation.run(settings.threads(1).build());
    SimulationResult three = simulation.run(settings.threads(3).build());
    PartialResult first = simulation.runBlocks(settings.build(), 0, 1);
    PartialResult rest = simulation.runBlocks(settings.build(), 1, 3);

    assertThat(three.toCsv()).isEqualTo(one.toCsv());
    assertThat(rest.merge(first).toResult().toCsv()).isEqualTo(one.toCsv());
    assertThat(one.toCsv())
        .contains(
            "# uncertain,\"newGroupProbability ~ triangular(0.2, 0.5, 0.8); selfRunningProbability ~ uniform(0.05, 0.6);"
                + " independenceProbability ~ beta(2.0, 4.0)\"\r\n");
    assertThat(one.uncertainty()).isEqualTo(UNCERTAIN_MATURING);
  }

  @Test
  void the_spread_of_the_result_includes_the_uncertainty_about_the_assumptions() {
    RunSettings settings = RunSettings.builder().seed(4).replications(5_000).build();
    ScenarioParameters point = SCENARIO.withSelfRunningProbability(0.3);

    SimulationResult certain = Simulation.of(point).run(settings);
    SimulationResult uncertain =
        Simulation.of(
                point,
                Uncertainty.none()
                    .with(
                        ProbabilityParameter.SELF_RUNNING, ParameterDistribution.uniform(0.0, 0.6)))
            .run(settings);

    Distribution selfRunningCertain = certain.lastMonth().selfRunningGroups();
    Distribution selfRunningUncertain = uncertain.lastMonth().selfRunningGroups();
    // With the chance drawn anywhere in [0, 0.6], some replications have no group running itself
    // more often than with a fixed 0.3.
    assertThat(selfRunningUncertain.p5()).isLessThanOrEqualTo(selfRunningCertain.p5());
    assertThat(spread(uncertain.lastMonth().independentGroups()))
        .isGreaterThanOrEqualTo(spread(certain.lastMonth().independentGroups()));
  }

  @Test
  void a_parts_uncertainty_is_part_of_its_scenario() {
    RunSettings settings = RunSettings.builder().seed(1).replications(2_048).build();
    PartialResult certain = Simulation.of(SCENARIO).runBlocks(settings, 0, 1);
    PartialResult uncertain = Simulation.of(SCENARIO, UNCERTAIN_MATURING).runBlocks(settings, 1, 2);

    assertThatThrownBy(() -> certain.merge(uncertain))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parts of different scenarios cannot be merged: the parameters differ");
  }

  @Test
  void a_probability_cannot_be_given_a_distribution_outside_zero_to_one() {
    assertThatThrownBy(
            () ->
                Uncertainty.none()
                    .with(ProbabilityParameter.LEAVE, ParameterDistribution.uniform(0.5, 1.5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "leaveProbability is a probability: its distribution must lie in [0, 1], was uniform(0.5, 1.5)");
    assertThat(ProbabilityParameter.named("independenceProbability"))
        .isEqualTo(ProbabilityParameter.INDEPENDENCE);
    assertThatThrownBy(() -> ProbabilityParameter.named("independence"))
        .hasMessageStartingWith("unknown probability parameter");
  }

  @Test
  void every_probability_parameter_reads_and_writes_its_own_field() {
    for (ProbabilityParameter parameter : ProbabilityParameter.values()) {
      ScenarioParameters changed = parameter.with(ScenarioParameters.defaults(), 0.123);
      assertThat(parameter.get(changed)).as(parameter.parameterName()).isEqualTo(0.123);
      for (ProbabilityParameter other : ProbabilityParameter.values()) {
        if (other != parameter) {
          assertThat(other.get(changed))
              .as(other.parameterName())
              .isEqualTo(other.get(ScenarioParameters.defaults()));
        }
      }
    }
  }

  @Test
  void uncertainties_are_equal_by_their_distributions_and_refuse_nulls() {
    new EqualsTester()
        .addEqualityGroup(Uncertainty.none(), Uncertainty.of(java.util.Map.of()))
        .addEqualityGroup(
            UNCERTAIN_MATURING,
            Uncertainty.none()
                .with(
                    ProbabilityParameter.NEW_GROUP, ParameterDistribution.triangular(0.2, 0.5, 0.8))
                .with(ProbabilityParameter.INDEPENDENCE, ParameterDistribution.beta(2, 4))
                .with(ProbabilityParameter.SELF_RUNNING, ParameterDistribution.uniform(0.05, 0.6)))
        .addEqualityGroup(
            Uncertainty.none().with(ProbabilityParameter.LEAVE, ParameterDistribution.beta(2, 4)))
        .testEquals();
    assertThat(UNCERTAIN_MATURING.distributions().keySet())
        .containsExactly(
            ProbabilityParameter.NEW_GROUP,
            ProbabilityParameter.SELF_RUNNING,
            ProbabilityParameter.INDEPENDENCE);
    NullPointerTester nulls =
        new NullPointerTester()
            .setDefault(ParameterDistribution.class, ParameterDistribution.uniform(0, 1))
            .setDefault(ProbabilityParameter.class, ProbabilityParameter.LEAVE);
    nulls.testAllPublicStaticMethods(Uncertainty.class);
    nulls.testAllPublicInstanceMethods(UNCERTAIN_MATURING);
  }

  private static BigDecimal spread(Distribution distribution) {
    return distribution.p95().subtract(distribution.p5());
  }
}
