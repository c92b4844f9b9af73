package pl.kcs.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Suppression of small cells at the threshold's edges (KCS-EFF-LONELINESS, KCS-EFF-CONFIDENCE, KCS-EFF-TIES). */
class SuppressionPolicyTest {

  private final SuppressionPolicy standard = SuppressionPolicy.standard();

  @Test
  void should_default_to_five_respondents_with_complements_protected() {
    assertThat(standard.minimumCellSize()).isEqualTo(5);
    assertThat(SuppressionPolicy.DEFAULT_MINIMUM_CELL_SIZE).isEqualTo(5);
    assertThat(standard.protectComplement()).isTrue();
  }

  @ParameterizedTest(name = "{0} of {1} shown: {2}")
  @CsvSource({
    "5, 10, true",
    "4, 10, false",
    "6, 10, false",
    "5, 9, false",
    "0, 10, false",
    "10, 10, false",
    "5, 5, false",
    "7, 12, true",
  })
  void should_show_a_share_only_when_count_total_and_complement_reach_the_threshold(
      int successes, int respondents, boolean shown) {
    assertThat(standard.allowsShare(successes, respondents)).isEqualTo(shown);
  }

  @Test
  void should_show_an_aggregate_from_exactly_the_threshold() {
    assertThat(standard.allowsCount(4)).isFalse();
    assertThat(standard.allowsCount(5)).isTrue();
    assertThat(SuppressionPolicy.ofMinimumCellSize(3).allowsCount(3)).isTrue();
    assertThat(SuppressionPolicy.ofMinimumCellSize(3).allowsCount(2)).isFalse();
  }

  @Test
  void should_ignore_the_complement_only_when_told_to() {
    SuppressionPolicy countsOnly = SuppressionPolicy.builder().protectComplement(false).build();

    assertThat(countsOnly.allowsShare(9, 10)).isTrue();
    assertThat(countsOnly.allowsShare(4, 10)).isFalse();
    // 100 % is an answer about everyone, whatever the complement setting.
    assertThat(countsOnly.allowsShare(5, 5)).isFalse();
  }

  @Test
  void should_reject_a_threshold_below_one() {
    assertThatThrownBy(() -> SuppressionPolicy.ofMinimumCellSize(0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("minimumCellSize must be positive, was 0");
  }

  @Test
  void should_be_a_value() {
    new EqualsTester()
        .addEqualityGroup(SuppressionPolicy.standard(), SuppressionPolicy.ofMinimumCellSize(5))
        .addEqualityGroup(SuppressionPolicy.ofMinimumCellSize(3))
        .addEqualityGroup(SuppressionPolicy.standard().withProtectComplement(false))
        .testEquals();
  }
}
