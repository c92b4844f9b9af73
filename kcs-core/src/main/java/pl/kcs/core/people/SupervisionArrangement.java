package pl.kcs.core.people;

import static com.google.common.base.Preconditions.checkState;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import pl.kcs.core.Checks;

/**
 * How an animator is supervised (KCS-S1B-SUPERVISION: regular supervision is necessary, because
 * hard topics and conflicts arise in groups; KCS-REM-SUPPORT). Supervision may also include group
 * leaders (KCS-COST-SUPERVISION).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SupervisionArrangement {

  SupervisionArrangement() {}

  private static final SupervisionArrangement NONE =
      builder().frequency(SupervisionFrequency.NONE).build();

  /** How often sessions take place. */
  public abstract SupervisionFrequency frequency();

  /** Since when the arrangement holds, if known. */
  public abstract Optional<LocalDate> since();

  /** Whether group leaders take part in supervision too (KCS-COST-SUPERVISION). */
  @Value.Default
  public boolean includesGroupLeaders() {
    return false;
  }

  /** Whether this counts as regular supervision (see {@link SupervisionFrequency#isRegular()}). */
  public final boolean isRegular() {
    return frequency().isRegular();
  }

  /** No supervision at all. */
  public static SupervisionArrangement none() {
    return NONE;
  }

  /** Supervision at {@code frequency}, start date unknown, for the animator only. */
  public static SupervisionArrangement of(SupervisionFrequency frequency) {
    return builder().frequency(frequency).build();
  }

  /** A builder of a supervision arrangement. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    // A date no KCS can have (kcs default, not the method's): see Checks#EARLIEST_DATE.
    since().ifPresent(date -> Checks.checkDate("since", date));
    checkState(
        frequency() != SupervisionFrequency.NONE || (since().isEmpty() && !includesGroupLeaders()),
        "supervision with frequency NONE must have no since date and no group leaders, was %s",
        this);
  }

  /** Builds a {@link SupervisionArrangement}; the frequency is required. */
  public static final class Builder extends ImmutableSupervisionArrangement.Builder {
    Builder() {}
  }
}
