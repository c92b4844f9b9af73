package pl.kcs.core.people;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import org.immutables.value.Value;
import pl.kcs.core.Checks;

/**
 * One training an animator completed (KCS-S2B): theory or a practical-skills workshop, run by a
 * professional or by an expert by experience, on a date, with its topics.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Training {

  Training() {}

  /** Theory or practical skills. */
  public abstract TrainingKind kind();

  /** Who ran it. */
  public abstract TrainerKind trainer();

  /** When it was completed. */
  public abstract LocalDate completedOn();

  /** Its topics; may be empty where not recorded. */
  public abstract ImmutableSet<TrainingTopic> topics();

  /** A builder of a training. */
  public static Builder builder() {
    return new Builder();
  }

  /** A training of {@code kind} by {@code trainer}, completed on {@code completedOn}. */
  public static Training of(TrainingKind kind, TrainerKind trainer, LocalDate completedOn) {
    return builder().kind(kind).trainer(trainer).completedOn(completedOn).build();
  }

  @Value.Check
  void checkDates() {
    // A date no KCS can have (kcs default, not the method's): see Checks#EARLIEST_DATE.
    Checks.checkDate("completedOn", completedOn());
  }

  /** Builds a {@link Training}; every attribute but the topics is required. */
  public static final class Builder extends ImmutableTraining.Builder {
    Builder() {}
  }
}
