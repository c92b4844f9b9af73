package pl.kcs.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Results are part of the API for researchers: the same seed gives the same aggregates, bit for
 * bit, across releases unless the CHANGELOG says what a month draws differently. These digests of
 * the full aggregates ({@link PartialResult#toBytes()}: every histogram, sum, minimum, maximum and
 * total) were taken on the model before its speed-up (issue 17) and pin it.
 */
class SeededResultsTest {

  private static String digest(PartialResult part) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(part.toBytes()));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static PartialResult run(
      Simulation simulation, long seed, int replications, int threads) {
    RunSettings settings =
        RunSettings.builder().seed(seed).replications(replications).threads(threads).build();
    return simulation.runBlocks(settings, 0, Simulation.blocks(replications));
  }

  @Test
  void the_default_scenario_gives_todays_aggregates_for_a_seed() {
    assertThat(digest(run(Simulation.of(ScenarioParameters.defaults()), 42, 3000, 2)))
        .isEqualTo(DEFAULTS);
  }

  @Test
  void the_pilot_scenario_gives_todays_aggregates_for_a_seed() {
    assertThat(digest(run(Simulation.of(ScenarioParameters.pilot()), 7, 2000, 1))).isEqualTo(PILOT);
  }

  @Test
  void a_scenario_with_turnover_a_cap_and_frequent_newcomers_gives_todays_aggregates() {
    ScenarioParameters busy =
        ScenarioParameters.builder()
            .months(48)
            .animators(3)
            .maxGroups(5)
            .maxGroupsStarted(9)
            .animatorTurnoverProbability(0.2)
            .vacancyFillProbability(0.3)
            .newcomerProbability(0.6)
            .leaveProbability(0.4)
            .newGroupProbability(1.0)
            .build();
    assertThat(digest(run(Simulation.of(busy), 11, 1500, 2))).isEqualTo(BUSY);
  }

  @Test
  void an_uncertain_scenario_gives_todays_aggregates_for_a_seed() {
    Uncertainty uncertainty =
        Uncertainty.none()
            .with(ProbabilityParameter.SELF_RUNNING, ParameterDistribution.uniform(0.05, 0.6))
            .with(ProbabilityParameter.INDEPENDENCE, ParameterDistribution.beta(2, 4))
            .with(ProbabilityParameter.NEW_GROUP, ParameterDistribution.triangular(0.2, 0.5, 0.8));
    assertThat(digest(run(Simulation.of(ScenarioParameters.defaults(), uncertainty), 5, 2500, 2)))
        .isEqualTo(UNCERTAIN);
  }

  private static final String DEFAULTS =
      "fb9fa74bbea192422d79e2b5d34c908a9637c456751476cc63844592c1b67858";
  private static final String PILOT =
      "9b144f5d7aaf88732432b13b8e095238f3a5588b1acd23d89278cb2caad60131";
  private static final String BUSY =
      "e9b23063b7eb841f0ffa4d0def03347f4bfdb8db1d31df706c50053bfe2b0d6a";
  private static final String UNCERTAIN =
      "f4fe3155c74b9b35fd1d6e440b71ea3cc08550507b2155a01106e55174f301a2";
}
