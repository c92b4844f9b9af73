package pl.kcs.evaluation.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** An interval of shares: bounds within [0, 1], lower not above upper, bounds included. */
class IntervalTest {

  @Test
  void should_contain_its_bounds_and_nothing_outside_them() {
    Interval interval = Interval.of(0.2, 0.6);

    assertThat(interval.contains(0.2)).isTrue();
    assertThat(interval.contains(0.6)).isTrue();
    assertThat(interval.contains(0.4)).isTrue();
    assertThat(interval.contains(0.19)).isFalse();
    assertThat(interval.contains(0.61)).isFalse();
  }

  @Test
  void should_accept_the_whole_range_and_a_single_point() {
    assertThat(Interval.of(0, 1).contains(0)).isTrue();
    assertThat(Interval.of(1, 1).contains(1)).isTrue();
    assertThat(Interval.of(0, 0).contains(0)).isTrue();
  }

  @Test
  void should_reject_bounds_outside_zero_to_one_or_in_the_wrong_order() {
    assertThatThrownBy(() -> Interval.of(-0.01, 0.5))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("lower must be in [0, 1], was -0.01");
    assertThatThrownBy(() -> Interval.of(1.01, 1.01))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("lower must be in [0, 1], was 1.01");
    assertThatThrownBy(() -> Interval.of(0.5, 0.4))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("upper must be in [lower, 1], was 0.4 with lower 0.5");
    assertThatThrownBy(() -> Interval.of(0.5, 1.01))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("upper must be in [lower, 1], was 1.01 with lower 0.5");
  }
}
