package pl.kcs.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import pl.kcs.core.people.PostFraction;
import pl.kcs.testing.Property;

/** The generators of plans shrink through the values a plan is built from. */
class CostGensTest {

  /** Carries the plan a property failed on, so that a test can look at the shrunk plan. */
  private static final class FailedOn extends RuntimeException {
    private final transient BudgetPlan plan;

    FailedOn(BudgetPlan plan) {
      super("failed");
      this.plan = plan;
    }
  }

  @Test
  void a_failing_plan_shrinks_to_the_smallest_plan_that_still_fails() {
    // a deliberately wrong rule: no plan longer than a year trains an animator (KCS-COST-TRAINING)
    AssertionError failure =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                Property.check()
                    .seed(20)
                    .forAll(
                        CostGens.plansWithoutPartners(),
                        plan -> {
                          if (plan.months() > 12
                              && plan.animators().stream()
                                  .anyMatch(animator -> animator.trainings() > 0)) {
                            throw new FailedOn(plan);
                          }
                        }));

    BudgetPlan shrunk = ((FailedOn) failure.getCause()).plan;
    assertThat(shrunk.months()).isEqualTo(13);
    assertThat(shrunk.animators()).containsExactly(AnimatorPost.of(PostFraction.FULL, 1));
    assertThat(shrunk.animatorSupervisionHoursPerMonth()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(shrunk.groupLeaderSupervisionHoursPerMonth()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(shrunk.eventsPerMonth()).isZero();
    assertThat(shrunk.eventsPerYear()).isZero();
    assertThat(shrunk.groups()).isEqualTo(1);
    assertThat(shrunk.participants()).isEqualTo(1);
    assertThat(failure.getMessage()).contains("shrunk input (").contains("original input: ");
  }
}
