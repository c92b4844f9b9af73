package pl.kcs.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.group.TargetGroup;

/** Group outcomes over time: running itself (KCS-EFF-SELFRUN) and independence (KCS-EFF-INDEPENDENT). */
class GroupOutcomeTest {

  private static final LocalDate SELF_RUN = LocalDate.of(2024, 5, 6);
  private static final LocalDate INDEPENDENT = LocalDate.of(2024, 8, 1);

  @Test
  void should_read_kcs_eff_selfrun_and_kcs_eff_independent_from_a_core_group() {
    SelfHelpGroup group =
        SelfHelpGroup.builder()
            .id(GroupId.of("g-refugees"))
            .name("Refugee women")
            .addTargetGroups(TargetGroup.MINORITIES)
            .addTargetSubgroups(pl.kcs.core.group.TargetSubgroup.REFUGEES)
            .participantCount(9)
            .maturity(GroupMaturity.INDEPENDENT)
            .meetsWithoutAnimatorSince(SELF_RUN)
            .independentSince(INDEPENDENT)
            .build();

    GroupOutcome outcome = GroupOutcome.of(group);

    assertThat(outcome.group()).isEqualTo(GroupId.of("g-refugees"));
    assertThat(outcome.name()).isEqualTo("Refugee women");
    assertThat(outcome.runsItselfOn(SELF_RUN.minusDays(1))).isFalse();
    assertThat(outcome.runsItselfOn(SELF_RUN)).isTrue();
    assertThat(outcome.isIndependentOn(INDEPENDENT.minusDays(1))).isFalse();
    assertThat(outcome.isIndependentOn(INDEPENDENT)).isTrue();
    // KCS-WHO, kept for KCS-EFF-TIES: the pilot's ties finding is about its refugee women's group.
    assertThat(outcome.isForRefugees()).isTrue();
    assertThat(
            GroupOutcome.of(group.withTargetSubgroups(pl.kcs.core.group.TargetSubgroup.MIGRANTS))
                .isForRefugees())
        .isFalse();
  }

  @Test
  void should_not_be_independent_without_running_itself() {
    assertThatThrownBy(
            () ->
                GroupOutcome.builder()
                    .group(GroupId.of("g-1"))
                    .name("Group")
                    .independentSince(INDEPENDENT)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "meetsWithoutAnimatorSince must be set for a group independent since 2024-08-01");
    assertThatThrownBy(() -> GroupOutcome.builder().group(GroupId.of("g-1")).name(" ").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("group name must not be blank");
  }

  @Test
  void should_be_a_value() {
    GroupOutcome outcome = SurveyFixtures.aGroup("g-1");
    new EqualsTester()
        .addEqualityGroup(outcome, SurveyFixtures.aGroup("g-1"))
        .addEqualityGroup(outcome.withMeetsWithoutAnimatorSince(SELF_RUN))
        .addEqualityGroup(SurveyFixtures.aGroup("g-2"))
        .testEquals();
    new NullPointerTester().testAllPublicInstanceMethods(outcome);
  }
}
