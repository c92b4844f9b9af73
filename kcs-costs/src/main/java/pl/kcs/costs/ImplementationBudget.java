package pl.kcs.costs;

import java.math.BigDecimal;
import java.math.MathContext;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.people.Animator;
import pl.kcs.core.stage.KcsImplementation;

/**
 * What an implementation already declares about its costs, as a {@link BudgetPlan.Builder}: see
 * {@link BudgetPlan#builderFrom(KcsImplementation)}.
 */
final class ImplementationBudget {

  private static final BigDecimal MONTHS_A_YEAR = BigDecimal.valueOf(12);

  private ImplementationBudget() {}

  static BudgetPlan.Builder builderFrom(KcsImplementation implementation) {
    if (implementation.groups().isEmpty()) {
      throw new IllegalArgumentException(
          "implementation must have at least one group for a budget (its costs are per group and participant), had none");
    }
    BudgetPlan.Builder plan = BudgetPlan.builder().name(implementation.host().name());
    int sessionsPerYear = 0;
    for (Animator animator : implementation.animators()) {
      // KCS-COST-ANIMATOR: the animator's part of a post; KCS-COST-TRAINING: each recorded
      // training.
      plan.addAnimators(AnimatorPost.of(animator.postFraction(), animator.trainings().size()));
      // KCS-COST-SUPERVISION, per animator: the sessions a year its schedule plans
      // (KCS-S1B-SUPERVISION).
      sessionsPerYear =
          Math.addExact(
              sessionsPerYear, animator.supervision().frequency().scheduledSessionsPerYear());
    }
    BigDecimal hoursPerYear =
        BigDecimal.valueOf(sessionsPerYear)
            .multiply(BigDecimal.valueOf(BudgetPlan.SUPERVISION_SESSION_HOURS));
    plan.animatorSupervisionHoursPerMonth(
        hoursPerYear.divide(MONTHS_A_YEAR, MathContext.DECIMAL128).stripTrailingZeros());
    int participants = 0;
    for (SelfHelpGroup group : implementation.groups()) {
      participants = Math.addExact(participants, group.participantCount());
    }
    return plan.groups(implementation.groups().size()).participants(participants);
  }
}
