package pl.kcs.core.people;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An animator (animator, animatorka) of a KCS or a self-help club: the staff member who supports
 * the groups (KCS-S1B-ANIMATORS). Known by an {@link AnimatorId}, not by name.
 *
 * <p>What the source method asks of an animator is recorded here as state: the post fraction and
 * whether the role is a dedicated part of the post (KCS-REM-FTE) or done "by the way"; own
 * motivation to support self-help groups (KCS-S1B-ANIMATORS, KCS-REM-PEOPLE); valuable experience;
 * completed trainings (KCS-S2B); supervision (KCS-S1B-SUPERVISION). Whether that is enough is for
 * the rules of kcs-rules to say.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Animator implements WithAnimator {

  Animator() {}

  /** The animator's id. */
  public abstract AnimatorId id();

  /** The part of a full-time post given to animator work (KCS-REM-FTE). */
  public abstract PostFraction postFraction();

  /** Whether the role is a dedicated part of the post or done "by the way" (KCS-S1B-ANIMATORS). */
  public abstract AnimatorDuty duty();

  /** Whether the animator has own motivation to support self-help groups, beyond the job duty. */
  public abstract boolean ownMotivation();

  /** Appointed from the team or newly hired, where recorded. */
  public abstract Optional<AnimatorOrigin> origin();

  /** Experience in running meetings, group or workshop work. */
  public abstract ImmutableSet<ExperienceKind> experience();

  /** Completed trainings, in the order given (KCS-S2B). */
  public abstract ImmutableList<Training> trainings();

  /** The supervision arrangement; none by default (KCS-S1B-SUPERVISION). */
  @Value.Default
  public SupervisionArrangement supervision() {
    return SupervisionArrangement.none();
  }

  /** The tasks of a self-help club's animator this person has (KS-PEOPLE); empty in a KCS. */
  public abstract ImmutableSet<ClubAnimatorTask> clubTasks();

  /** Whether the animator completed at least one training of {@code kind}. */
  public final boolean isTrainedIn(TrainingKind kind) {
    requireNonNull(kind, "kind");
    for (Training training : trainings()) {
      if (training.kind() == kind) {
        return true;
      }
    }
    return false;
  }

  /** Whether the animator has regular supervision. */
  public final boolean hasRegularSupervision() {
    return supervision().isRegular();
  }

  /** A builder of an animator. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Animator}; id, post fraction, duty and motivation are required. */
  public static final class Builder extends ImmutableAnimator.Builder {
    Builder() {}
  }
}
