package pl.kcs.core.stage;

import static com.google.common.base.Preconditions.checkState;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import pl.kcs.core.Checks;

/**
 * What an institution records about one step of the method (KCS-S1A … KCS-S3): done or not,
 * when, and a note on the evidence (minutes of the team meeting, the scale decision …).
 *
 * <p>The evidence note is free text and is never printed by {@code toString()}. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class StepRecord implements WithStepRecord {

  StepRecord() {}

  /** The step. */
  public abstract Step step();

  /** Whether the step is done. */
  public abstract boolean done();

  /** When it was done; only for a done step. */
  public abstract Optional<LocalDate> doneOn();

  /** A note on the evidence, if any. */
  @Value.Redacted
  public abstract Optional<String> evidence();

  /** The step, done on {@code doneOn}. */
  public static StepRecord done(Step step, LocalDate doneOn) {
    return builder().step(step).done(true).doneOn(doneOn).build();
  }

  /** The step, not done. */
  public static StepRecord notDone(Step step) {
    return builder().step(step).done(false).build();
  }

  /** A builder of a step record. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    // A date no KCS can have (kcs default, not the method's): see Checks#EARLIEST_DATE.
    doneOn().ifPresent(date -> Checks.checkDate("doneOn", date));
    checkState(
        done() || doneOn().isEmpty(),
        "doneOn must be empty for step %s that is not done, was %s",
        step(),
        doneOn().orElse(null));
    evidence().ifPresent(note -> Checks.checkNote("evidence", note));
  }

  /** Builds a {@link StepRecord}; step and done are required. */
  public static final class Builder extends ImmutableStepRecord.Builder {
    Builder() {}
  }
}
