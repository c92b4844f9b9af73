package pl.kcs.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.group.TargetGroup;
import pl.kcs.core.host.HostInstitution;
import pl.kcs.core.host.HostKind;
import pl.kcs.core.people.Animator;
import pl.kcs.core.people.AnimatorDuty;
import pl.kcs.core.people.AnimatorId;
import pl.kcs.core.people.PostFraction;
import pl.kcs.core.people.SupervisionArrangement;
import pl.kcs.core.people.SupervisionFrequency;
import pl.kcs.core.people.TrainerKind;
import pl.kcs.core.people.Training;
import pl.kcs.core.people.TrainingKind;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.core.stage.Stage;

/** A budget built from what an implementation declares (KCS-COST-ANIMATOR, -TRAINING, -SUPERVISION). */
class BudgetFromImplementationTest {

  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  @Test
  void a_budget_from_an_implementation_equals_the_hand_entered_budget_of_the_same_implementation() {
    KcsImplementation implementation =
        aLibrary()
            .addAnimators(
                animator("anim-ewa", PostFraction.QUARTER, SupervisionFrequency.MONTHLY, 2),
                animator("anim-jan", PostFraction.HALF, SupervisionFrequency.MONTHLY, 1))
            .addGroups(group("seniorzy", 9), group("rodzice", 7))
            .build();

    BudgetPlan derived = BudgetPlan.builderFrom(implementation).months(12).build();
    BudgetPlan handEntered =
        BudgetPlan.builder()
            .name("Biblioteka Publiczna w Lipowie")
            .months(12)
            .addAnimators(
                AnimatorPost.of(PostFraction.QUARTER, 2), AnimatorPost.of(PostFraction.HALF, 1))
            .animatorSupervisionHoursPerMonth(new BigDecimal("2"))
            .groups(2)
            .participants(16)
            .build();

    assertThat(derived).isEqualTo(handEntered);
    assertThat(Budget.of(derived, RateCard.kcs2023()))
        .isEqualTo(Budget.of(handEntered, RateCard.kcs2023()));
  }

  @Test
  void
      supervision_hours_a_month_are_the_sessions_a_year_of_every_schedule_over_twelve_KCS_COST_SUPERVISION() {
    KcsImplementation implementation =
        aLibrary()
            .addAnimators(
                animator("anim-a", PostFraction.QUARTER, SupervisionFrequency.QUARTERLY, 0),
                animator("anim-b", PostFraction.QUARTER, SupervisionFrequency.OCCASIONAL, 0),
                animator("anim-c", PostFraction.QUARTER, SupervisionFrequency.EVERY_TWO_MONTHS, 0))
            .addGroups(group("seniorzy", 9))
            .build();

    BudgetPlan plan = BudgetPlan.builderFrom(implementation).months(24).build();

    // 4 + 0 + 6 sessions a year of one hour (kcs default; occasional plans none): 10/12 of an hour
    // a month.
    assertThat(
            plan.animatorSupervisionHoursPerMonth()
                .multiply(BigDecimal.valueOf(12))
                .setScale(20, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo("10");
  }

  @Test
  void
      events_group_leaders_supervision_and_partners_money_which_an_implementation_does_not_record_default_to_none() {
    KcsImplementation implementation = aLibrary().addGroups(group("seniorzy", 9)).build();

    BudgetPlan plan = BudgetPlan.builderFrom(implementation).months(6).eventsPerYear(2).build();

    assertThat(plan.animators()).isEmpty();
    assertThat(plan.eventsPerMonth()).isZero();
    assertThat(plan.eventsPerYear()).isEqualTo(2);
    assertThat(plan.groupLeaderSupervisionHoursPerMonth()).isZero();
    assertThat(plan.partnerContributions()).isEmpty();
    assertThat(plan.animatorSupervisionHoursPerMonth()).isZero();
  }

  @Test
  void an_implementation_without_groups_yet_cannot_be_budgeted_and_the_message_says_why() {
    KcsImplementation implementation = aLibrary().build();

    assertThatThrownBy(() -> BudgetPlan.builderFrom(implementation))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "implementation must have at least one group for a budget (its costs are per group and participant), had none");
  }

  @Test
  void the_months_are_still_required() {
    KcsImplementation implementation = aLibrary().addGroups(group("seniorzy", 9)).build();

    assertThatThrownBy(() -> BudgetPlan.builderFrom(implementation).build())
        .isInstanceOf(IllegalStateException.class);
  }

  private static KcsImplementation.Builder aLibrary() {
    return KcsImplementation.builder()
        .host(
            HostInstitution.builder()
                .name("Biblioteka Publiczna w Lipowie")
                .kind(HostKind.LIBRARY)
                .build())
        .stage(Stage.OPERATION);
  }

  private static Animator animator(
      String id, PostFraction post, SupervisionFrequency supervision, int trainings) {
    Animator.Builder animator =
        Animator.builder()
            .id(AnimatorId.of(id))
            .postFraction(post)
            .duty(AnimatorDuty.DEDICATED_PART_OF_POST)
            .ownMotivation(true)
            .supervision(SupervisionArrangement.of(supervision));
    for (int i = 0; i < trainings; i++) {
      animator.addTrainings(
          Training.of(TrainingKind.THEORY, TrainerKind.PROFESSIONAL, DAY.plusDays(i)));
    }
    return animator.build();
  }

  private static SelfHelpGroup group(String id, int participants) {
    return SelfHelpGroup.builder()
        .id(GroupId.of(id))
        .name("Grupa " + id)
        .addTargetGroups(TargetGroup.MINORITIES)
        .participantCount(participants)
        .maturity(GroupMaturity.DEVELOPING)
        .build();
  }
}
