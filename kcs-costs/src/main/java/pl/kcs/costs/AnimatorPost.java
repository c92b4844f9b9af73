package pl.kcs.costs;

import org.immutables.value.Value;
import pl.kcs.core.Checks;
import pl.kcs.core.people.PostFraction;

/**
 * One animator in a {@link BudgetPlan}: the part of a post given to animator work, paid monthly
 * (KCS-COST-ANIMATOR; KCS-REM-FTE asks for a clearly defined part of a post), and how many
 * trainings the animator gets over the plan (KCS-COST-TRAINING; KCS-S2B).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AnimatorPost implements WithAnimatorPost {

  AnimatorPost() {}

  /** The part of a full-time post (KCS-COST-ANIMATOR: ¼ → 1,800 PLN, ½ → 3,600 PLN a month). */
  public abstract PostFraction postFraction();

  /** Trainings for this animator over the plan, each priced per animator (KCS-COST-TRAINING). */
  @Value.Default
  public int trainings() {
    return 0;
  }

  /** An animator at {@code postFraction} with {@code trainings} trainings. */
  public static AnimatorPost of(PostFraction postFraction, int trainings) {
    return builder().postFraction(postFraction).trainings(trainings).build();
  }

  /** A builder of an animator post; the post fraction is required, trainings default to none. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.checkNotNegative("trainings", trainings());
  }

  /** Builds an {@link AnimatorPost}. */
  public static final class Builder extends ImmutableAnimatorPost.Builder {
    Builder() {}
  }
}
