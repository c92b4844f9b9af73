package pl.kcs.rules.models;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pl.kcs.rules.Severity;

/**
 * What a rule is worth in a model's score: the harder the source's word, the more points; a note
 * reports what the source observed (KCS-DIF-*, KCS-EFF-*) and makes a model fit neither better nor
 * worse.
 */
class ModelScorePointsTest {

  @Test
  void a_note_is_worth_no_point_and_each_stricter_severity_is_worth_more() {
    assertThat(ModelScore.pointsOf(Severity.NOTE)).isZero();
    assertThat(ModelScore.pointsOf(Severity.ADVICE))
        .isEqualTo(ModelScore.ADVICE_POINTS)
        .isPositive();
    assertThat(ModelScore.pointsOf(Severity.WARNING)).isEqualTo(ModelScore.WARNING_POINTS);
    assertThat(ModelScore.pointsOf(Severity.BLOCKER)).isEqualTo(ModelScore.GATE_POINTS);
    for (Severity stricter : Severity.values()) {
      for (Severity milder : Severity.values()) {
        if (stricter.isStricterThan(milder)) {
          assertThat(ModelScore.pointsOf(stricter))
              .as("%s over %s", stricter, milder)
              .isGreaterThan(ModelScore.pointsOf(milder));
        }
      }
    }
  }
}
