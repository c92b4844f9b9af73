package pl.kcs.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Range;
import org.junit.jupiter.api.Test;
import pl.kcs.evaluation.PilotResult;
import pl.kcs.evaluation.stats.Interval;

/** Comparing an observed interval with the pilot's results (KCS-EFF-CONFIDENCE, KCS-EFF-INDEPENDENT). */
class VerdictTest {

  @Test
  void should_be_consistent_only_when_the_whole_interval_lies_within_the_pilot_result() {
    Range<Double> fewerThanHalf = PilotResult.CONFIDENT_TO_ORGANISE.plausibleShares();

    assertThat(Verdict.of(Interval.of(0.1, 0.4), fewerThanHalf)).isEqualTo(Verdict.CONSISTENT);
    assertThat(Verdict.of(Interval.of(0.3, 0.6), fewerThanHalf)).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(Verdict.of(Interval.of(0.5, 0.8), fewerThanHalf)).isEqualTo(Verdict.DIFFERENT);
    assertThat(Verdict.of(Interval.of(0.6, 0.8), fewerThanHalf)).isEqualTo(Verdict.DIFFERENT);
  }

  @Test
  void should_never_confirm_one_of_three_groups_from_a_sample() {
    Range<Double> oneThird = PilotResult.INDEPENDENT_GROUPS.plausibleShares();

    assertThat(Verdict.of(Interval.of(0.06, 0.79), oneThird)).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(Verdict.of(Interval.of(0.4, 0.9), oneThird)).isEqualTo(Verdict.DIFFERENT);
  }
}
