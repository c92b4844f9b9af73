package pl.kcs.evaluation.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The points of a scale lie within its range, ends included (KCS-EFF-LONELINESS). */
class ScaleScoreTest {

  @Test
  void should_accept_points_at_either_end_of_the_scale() {
    assertThat(ScaleScore.of(3, 3, 9, LonelinessBand.NOT_LONELY).points()).isEqualTo(3);
    assertThat(ScaleScore.of(9, 3, 9, LonelinessBand.LONELY).isLonely()).isTrue();
    assertThat(ScaleScore.of(0, 0, 1, LonelinessBand.NOT_LONELY).isLonely()).isFalse();
  }

  @Test
  void should_reject_points_outside_the_scale_and_a_scale_without_range() {
    assertThatThrownBy(() -> ScaleScore.of(2, 3, 9, LonelinessBand.NOT_LONELY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("points must be in [3, 9], was 2");
    assertThatThrownBy(() -> ScaleScore.of(10, 3, 9, LonelinessBand.LONELY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("points must be in [3, 9], was 10");
    assertThatThrownBy(() -> ScaleScore.of(3, 3, 3, LonelinessBand.NOT_LONELY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("min must be below max, was 3 and 3");
  }
}
