package pl.kcs.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import pl.kcs.core.people.PostFraction;
import pl.kcs.evaluation.PilotResult;

class SimulationTest {

  @Test
  void one_seed_gives_identical_results_on_one_thread_and_on_many() {
    ScenarioParameters scenario = ScenarioParameters.builder().months(24).build();
    RunSettings.Builder settings = RunSettings.builder().seed(20261123L).replications(5_000);

    SimulationResult single = Simulation.of(scenario).run(settings.threads(1).build());
    SimulationResult two = Simulation.of(scenario).run(settings.threads(2).build());
    SimulationResult five = Simulation.of(scenario).run(settings.threads(5).build());

    assertThat(two.toCsv()).isEqualTo(single.toCsv());
    assertThat(five.toCsv()).isEqualTo(single.toCsv());
    assertThat(five.groupMonths()).isEqualTo(single.groupMonths());
    assertThat(five.rulesReopened()).isEqualTo(single.rulesReopened());
    assertThat(five.pooledConfidentShare()).isEqualTo(single.pooledConfidentShare());
  }

  @Test
  void another_seed_gives_another_sample() {
    ScenarioParameters scenario = ScenarioParameters.defaults();
    SimulationResult first =
        Simulation.of(scenario).run(RunSettings.builder().seed(1).replications(2_000).build());
    SimulationResult second =
        Simulation.of(scenario).run(RunSettings.builder().seed(2).replications(2_000).build());

    assertThat(second.groupMonths()).isNotEqualTo(first.groupMonths());
  }

  /**
   * Calibration to the pilot (KCS-EFF-INDEPENDENT: one of three groups became independent;
   * KCS-EFF-CONFIDENCE: fewer than half felt confident; KCS-EFF-LONELINESS: almost all less lonely).
   * With 20,000 replications the standard error of the independent share is about 0.002, so a
   * tolerance of 0.03 fails only if the calibration is really off.
   */
  @Test
  void default_parameters_reproduce_the_pilot_results_KCS_EFF_INDEPENDENT_KCS_EFF_CONFIDENCE() {
    SimulationResult pilot =
        Simulation.of(ScenarioParameters.pilot())
            .run(RunSettings.builder().seed(7).replications(20_000).build());

    double target = PilotResult.INDEPENDENT_GROUPS.calibrationShare().getAsDouble();
    assertThat(pilot.independentShareOfGroups().orElseThrow().doubleValue())
        .isCloseTo(target, within(0.03));
    assertThat(pilot.pooledConfidentShare().orElseThrow().doubleValue())
        .isLessThan(0.5)
        .isCloseTo(0.4, within(0.02));
    assertThat(pilot.pooledLessLonelyShare().orElseThrow().doubleValue())
        .isGreaterThanOrEqualTo(PilotResult.LESS_LONELY.plausibleShares().lowerEndpoint())
        .isCloseTo(0.9, within(0.02));
    // Three groups, one a month from the first month, as in the pilot (fewer only where the
    // animator left before all three started).
    assertThat(pilot.groupsStarted()).isLessThanOrEqualTo(3L * 20_000).isGreaterThan(59_000L);
  }

  @Test
  void the_result_names_its_seed_generator_and_library_version() {
    SimulationResult result =
        Simulation.of(ScenarioParameters.builder().months(6).build())
            .run(RunSettings.builder().seed(99).replications(100).build());

    assertThat(result.seed()).isEqualTo(99);
    assertThat(result.generator()).startsWith("java.util.SplittableRandom");
    assertThat(result.libraryVersion())
        .isEqualTo(Simulation.libraryVersion())
        .doesNotContain("${")
        .isNotEqualTo("unknown");
    assertThat(result.toCsv())
        .startsWith("# kcs," + result.libraryVersion() + "\r\n# seed,99\r\n# generator,")
        .contains("\r\n" + ResultCsv.HEADER + "\r\n");
  }

  @Test
  void monthly_figures_keep_their_invariants() {
    ScenarioParameters scenario =
        ScenarioParameters.builder().months(18).animators(2).maxGroups(4).build();
    SimulationResult result =
        Simulation.of(scenario).run(RunSettings.builder().seed(3).replications(3_000).build());

    BigDecimal previousLow = BigDecimal.ZERO;
    BigDecimal previousIndependent = BigDecimal.ZERO;
    for (MonthSummary month : result.months()) {
      assertThat(month.activeGroups().max()).isLessThanOrEqualTo(BigDecimal.valueOf(4));
      assertThat(month.animatorsInPost().max()).isLessThanOrEqualTo(BigDecimal.valueOf(2));
      assertThat(month.selfRunningGroups().mean()).isLessThanOrEqualTo(month.activeGroups().mean());
      assertThat(month.cumulativeCostLow().mean())
          .isLessThanOrEqualTo(month.cumulativeCostHigh().mean());
      assertThat(month.cumulativeCostLow().mean()).isGreaterThanOrEqualTo(previousLow);
      assertThat(month.independentGroups().mean()).isGreaterThanOrEqualTo(previousIndependent);
      assertThat(month.cumulativeCostHigh().p5())
          .isLessThanOrEqualTo(month.cumulativeCostHigh().median());
      assertThat(month.cumulativeCostHigh().median())
          .isLessThanOrEqualTo(month.cumulativeCostHigh().p95());
      assertThat(month.cumulativeCostHigh().p95())
          .isLessThanOrEqualTo(month.cumulativeCostHigh().max());
      previousLow = month.cumulativeCostLow().mean();
      previousIndependent = month.independentGroups().mean();
    }
    assertThat(result.months()).hasSize(18);
    assertThat(result.toCsv().split("\r\n")).hasSize(4 + 1 + 18 * 6 + 2);
  }

  @Test
  void
      the_first_month_costs_exactly_the_animator_pay_and_supervision_of_the_seed_KCS_COST_ANIMATOR() {
    // One animator on a quarter post who never leaves, no groups yet: 1,800.00 pay and one hour of
    // supervision at 250–300 PLN (KCS-COST-SUPERVISION).
    ScenarioParameters scenario =
        ScenarioParameters.builder()
            .months(2)
            .animatorTurnoverProbability(0)
            .monthsBeforeFirstGroup(2)
            .build();
    MonthSummary first =
        Simulation.of(scenario)
            .run(RunSettings.builder().seed(5).replications(10).build())
            .months()
            .get(0);

    assertThat(first.cumulativeCostLow().mean()).isEqualByComparingTo("2050.00");
    assertThat(first.cumulativeCostHigh().mean()).isEqualByComparingTo("2100.00");
    assertThat(first.cumulativeCostHigh().max()).isEqualByComparingTo("2100.00");
    ScenarioParameters half = scenario.withAnimatorPost(PostFraction.HALF);
    assertThat(
            Simulation.of(half)
                .run(RunSettings.builder().seed(5).replications(10).build())
                .months()
                .get(0)
                .cumulativeCostLow()
                .mean())
        .isEqualByComparingTo("3850.00");
  }

  @Test
  void progress_is_reported_up_to_the_total_and_a_run_can_be_cancelled() {
    List<Long> seen = Collections.synchronizedList(new ArrayList<>());
    Simulation.of(ScenarioParameters.builder().months(6).build())
        .run(
            RunSettings.builder()
                .seed(1)
                .replications(5_000)
                .threads(2)
                .progress((done, total) -> seen.add(done))
                .build());
    assertThat(seen).isNotEmpty().contains(5_000L);
    assertThat(seen).allMatch(done -> done > 0 && done <= 5_000);

    Cancellation cancellation = new Cancellation();
    RunSettings cancelling =
        RunSettings.builder()
            .seed(1)
            .replications(1_000_000)
            .threads(2)
            .cancellation(cancellation)
            .progress((done, total) -> cancellation.cancel())
            .build();
    assertThatThrownBy(() -> Simulation.of(ScenarioParameters.defaults()).run(cancelling))
        .isInstanceOf(CancellationException.class)
        .hasMessageStartingWith("simulation cancelled after ")
        .hasMessageEndingWith(" of 1000000 replications");
  }

  @Test
  void bad_parameters_fail_before_any_work_starts_naming_the_parameter() {
    assertThatThrownBy(() -> ScenarioParameters.builder().newGroupProbability(1.2).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("newGroupProbability must be a probability in [0, 1], was 1.2");
    assertThatThrownBy(() -> ScenarioParameters.builder().leaveProbability(Double.NaN).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("leaveProbability must be a probability in [0, 1], was NaN");
    assertThatThrownBy(() -> ScenarioParameters.builder().months(0).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("months must be at least 1, was 0");
    assertThatThrownBy(() -> ScenarioParameters.builder().animators(-1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("animators must not be negative, was -1");
    assertThatThrownBy(
            () ->
                ScenarioParameters.builder()
                    .supervisionHoursPerAnimator(new BigDecimal("-2"))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("supervisionHoursPerAnimator must not be negative, was -2");
    assertThatThrownBy(() -> RunSettings.builder().seed(1).replications(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("replications must be at least 1, was 0");
    assertThatThrownBy(() -> RunSettings.builder().replications(10).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("seed must be set: every run is reproducible from its seed");
    assertThatThrownBy(
            () ->
                Sweep.of(ScenarioParameters.defaults())
                    .vary("max_groups", List.of(2, 0), ScenarioParameters::withMaxGroups))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max_groups = 0: maxGroups must be at least 1, was 0");
  }

  @Test
  void a_sweep_gives_one_row_per_grid_point_with_the_same_seed() {
    SweepTable table =
        Sweep.of(ScenarioParameters.builder().months(12).build())
            .vary(
                "animator_post",
                List.of(PostFraction.QUARTER, PostFraction.HALF),
                ScenarioParameters::withAnimatorPost)
            .vary("max_groups", List.of(2, 4), ScenarioParameters::withMaxGroups)
            .run(RunSettings.builder().seed(11).replications(500).build());

    assertThat(table.rows()).hasSize(4);
    assertThat(table.rows())
        .extracting(r -> String.join("|", r.parameterValues()))
        .containsExactly("1/4|2", "1/4|4", "1/2|2", "1/2|4");
    String[] lines = table.toCsv().split("\r\n");
    assertThat(lines[0])
        .isEqualTo(
            "animator_post,max_groups,mean_active_groups,mean_self_running_groups,mean_independent_groups,mean_cost_high,p95_cost_high,share_less_lonely,share_confident");
    assertThat(lines).hasSize(5);
    // A half post costs more than a quarter post, at every group limit.
    assertThat(table.rows().get(2).result().lastMonth().cumulativeCostHigh().mean())
        .isGreaterThan(table.rows().get(0).result().lastMonth().cumulativeCostHigh().mean());
  }
}
