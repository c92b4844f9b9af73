package pl.kcs.evaluation.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pl.kcs.testing.Gens;
import pl.kcs.testing.Property;

/** Wilson score intervals of the shares a KCS evaluation reports (KCS-EFF-*). */
class ProportionTest {

  private static final double FOUR_DECIMALS = 0.00005;

  /**
   * Known 95 % values. The first three are the reference values; the others were computed
   * independently from the closed-form formula in double precision (Python) and rounded to four
   * decimals.
   */
  @ParameterizedTest(name = "{0} of {1} -> [{2}, {3}]")
  @CsvSource({
    "0, 10, 0.0000, 0.2775",
    "5, 10, 0.2366, 0.7634",
    "1, 3, 0.0615, 0.7923",
    "81, 263, 0.2553, 0.3662",
    "15, 148, 0.0624, 0.1605",
    "0, 20, 0.0000, 0.1611",
    "1, 29, 0.0061, 0.1718",
    "22, 27, 0.6330, 0.9182",
    "11, 27, 0.2451, 0.5927",
    "3, 3, 0.4385, 1.0000",
    "0, 1, 0.0000, 0.7935",
  })
  void should_match_known_wilson_intervals_at_95_percent(
      int successes, int trials, double lower, double upper) {
    Interval interval =
        Proportion.of(successes, trials).wilsonInterval(ConfidenceLevel.NINETY_FIVE);

    assertThat(interval.lower()).isCloseTo(lower, within(FOUR_DECIMALS));
    assertThat(interval.upper()).isCloseTo(upper, within(FOUR_DECIMALS));
  }

  @Test
  void should_widen_the_interval_with_the_confidence_level() {
    Proportion half = Proportion.of(5, 10);

    Interval ninety = half.wilsonInterval(ConfidenceLevel.NINETY);
    Interval ninetyNine = half.wilsonInterval(ConfidenceLevel.NINETY_NINE);

    assertThat(ninety.lower()).isCloseTo(0.2693, within(FOUR_DECIMALS));
    assertThat(ninety.upper()).isCloseTo(0.7307, within(FOUR_DECIMALS));
    assertThat(ninetyNine.lower()).isCloseTo(0.1842, within(FOUR_DECIMALS));
    assertThat(ninetyNine.upper()).isCloseTo(0.8158, within(FOUR_DECIMALS));
  }

  @Test
  void should_put_the_bounds_of_all_or_nothing_exactly_at_zero_and_one() {
    assertThat(Proportion.of(0, 7).wilsonInterval(ConfidenceLevel.NINETY_FIVE).lower()).isZero();
    assertThat(Proportion.of(7, 7).wilsonInterval(ConfidenceLevel.NINETY_FIVE).upper())
        .isEqualTo(1.0);
    assertThat(Proportion.of(10, 10).wilsonInterval(ConfidenceLevel.NINETY_FIVE).lower())
        .isCloseTo(0.7225, within(FOUR_DECIMALS));
  }

  @Test
  void should_use_the_standard_normal_quantiles() {
    assertThat(ConfidenceLevel.NINETY_FIVE.z()).isEqualTo(1.959963984540054);
    assertThat(ConfidenceLevel.NINETY_FIVE.percent()).isEqualTo(95);
    assertThat(ConfidenceLevel.NINETY.z()).isEqualTo(1.6448536269514722);
    assertThat(ConfidenceLevel.NINETY_NINE.z()).isEqualTo(2.5758293035489004);
  }

  @Test
  void should_keep_the_interval_around_the_observed_share_and_within_zero_and_one() {
    Property.check()
        .forAll(
            Gens.ints(1, 500).flatMap(n -> Gens.ints(0, n).map(k -> Proportion.of(k, n))),
            proportion -> {
              for (ConfidenceLevel level : ConfidenceLevel.values()) {
                Interval interval = proportion.wilsonInterval(level);
                assertThat(interval.contains(proportion.share())).isTrue();
                assertThat(interval.lower()).isBetween(0.0, 1.0);
                assertThat(interval.upper()).isBetween(interval.lower(), 1.0);
                assertThat(interval.upper()).isGreaterThan(interval.lower());
              }
            });
  }

  @Test
  void should_raise_both_bounds_with_one_more_success() {
    Property.check()
        .forAll(
            Gens.ints(1, 300).flatMap(n -> Gens.ints(0, n - 1).map(k -> Proportion.of(k, n))),
            proportion -> {
              Interval before = proportion.wilsonInterval(ConfidenceLevel.NINETY_FIVE);
              Interval after =
                  Proportion.of(proportion.successes() + 1, proportion.trials())
                      .wilsonInterval(ConfidenceLevel.NINETY_FIVE);
              assertThat(after.lower()).isGreaterThan(before.lower());
              assertThat(after.upper()).isGreaterThanOrEqualTo(before.upper());
            });
  }

  @Test
  void should_reject_impossible_proportions_naming_the_values() {
    assertThatThrownBy(() -> Proportion.of(1, 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("trials must be positive, was 0");
    assertThatThrownBy(() -> Proportion.of(4, 3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("successes must be in [0, trials], was 4 of 3");
    assertThatThrownBy(() -> Proportion.of(-1, 3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("successes must be in [0, trials], was -1 of 3");
  }

  @Test
  void should_reject_intervals_outside_zero_and_one() {
    assertThatThrownBy(() -> Interval.of(-0.1, 0.5))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("lower must be in [0, 1], was -0.1");
    assertThatThrownBy(() -> Interval.of(0.6, 0.5))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("upper must be in [lower, 1], was 0.5 with lower 0.6");
    assertThatThrownBy(() -> Interval.of(Double.NaN, 0.5))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("lower must be in [0, 1], was NaN");
  }

  @Test
  void should_be_values() {
    new EqualsTester()
        .addEqualityGroup(Proportion.of(1, 3), Proportion.of(1, 3))
        .addEqualityGroup(Proportion.of(2, 6))
        .addEqualityGroup(Proportion.of(1, 4))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Interval.of(0.1, 0.2), Interval.of(0.1, 0.2))
        .addEqualityGroup(Interval.of(0.1, 0.3))
        .testEquals();
    new NullPointerTester().testAllPublicInstanceMethods(Proportion.of(1, 3));
    assertThat(Proportion.of(2, 6).failures()).isEqualTo(4);
  }
}
