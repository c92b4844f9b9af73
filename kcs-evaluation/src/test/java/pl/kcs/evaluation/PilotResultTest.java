package pl.kcs.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The pilot's published results as values a simulation can calibrate to: KCS-EFF-LONELINESS,
 * KCS-EFF-SELFRUN, KCS-EFF-INDEPENDENT, KCS-EFF-CONFIDENCE, KCS-EFF-TIES.
 */
class PilotResultTest {

  @Test
  void should_cite_each_effect_of_the_pilot() {
    assertThat(PilotResult.LESS_LONELY.source().id()).isEqualTo("KCS-EFF-LONELINESS");
    assertThat(PilotResult.SELF_RUNNING_GROUPS.source().id()).isEqualTo("KCS-EFF-SELFRUN");
    assertThat(PilotResult.INDEPENDENT_GROUPS.source().id()).isEqualTo("KCS-EFF-INDEPENDENT");
    assertThat(PilotResult.CONFIDENT_TO_ORGANISE.source().id()).isEqualTo("KCS-EFF-CONFIDENCE");
    assertThat(PilotResult.TIES_OUTSIDE.source().id()).isEqualTo("KCS-EFF-TIES");
  }

  @Test
  void should_give_one_of_three_groups_independent_exactly_as_kcs_eff_independent_states() {
    assertThat(PilotResult.PILOT_GROUPS).isEqualTo(3);
    assertThat(PilotResult.INDEPENDENT_GROUPS.isExactInSource()).isTrue();
    assertThat(PilotResult.INDEPENDENT_GROUPS.calibrationShare()).hasValue(1.0 / 3);
    assertThat(PilotResult.INDEPENDENT_GROUPS.plausibleShares().contains(1.0 / 3)).isTrue();
    assertThat(PilotResult.INDEPENDENT_GROUPS.unit()).isEqualTo(PilotResult.Unit.GROUPS);
  }

  @Test
  void should_read_almost_all_and_fewer_than_half_as_documented_library_readings() {
    // KCS-EFF-LONELINESS: "almost all"; KCS-EFF-CONFIDENCE: "fewer than half".
    assertThat(PilotResult.LESS_LONELY.calibrationShare()).hasValue(0.9);
    assertThat(PilotResult.LESS_LONELY.plausibleShares().contains(0.84)).isFalse();
    assertThat(PilotResult.LESS_LONELY.plausibleShares().contains(0.85)).isTrue();
    assertThat(PilotResult.CONFIDENT_TO_ORGANISE.calibrationShare()).hasValue(0.4);
    assertThat(PilotResult.CONFIDENT_TO_ORGANISE.plausibleShares().contains(0.5)).isFalse();
    assertThat(PilotResult.CONFIDENT_TO_ORGANISE.plausibleShares().contains(0.49)).isTrue();
    assertThat(PilotResult.LESS_LONELY.isExactInSource()).isFalse();
  }

  @Test
  void should_give_no_calibration_share_where_the_source_gives_no_number() {
    // KCS-EFF-SELFRUN and KCS-EFF-TIES report that something happened, not how often.
    assertThat(PilotResult.SELF_RUNNING_GROUPS.calibrationShare()).isEmpty();
    assertThat(PilotResult.TIES_OUTSIDE.calibrationShare()).isEmpty();
    assertThat(PilotResult.TIES_OUTSIDE.plausibleShares().contains(0.0)).isFalse();
    // KCS-EFF-TIES, library reading "at least one in five": a range an observation can fall below.
    assertThat(PilotResult.TIES_OUTSIDE.plausibleShares().lowerEndpoint()).isEqualTo(0.2);
  }

  @Test
  void every_calibration_share_lies_within_its_plausible_shares() {
    for (PilotResult result : PilotResult.values()) {
      result
          .calibrationShare()
          .ifPresent(
              share ->
                  assertThat(result.plausibleShares().contains(share)).as("%s", result).isTrue());
    }
  }
}
