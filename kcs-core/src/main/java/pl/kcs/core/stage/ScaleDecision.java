package pl.kcs.core.stage;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import org.immutables.value.Value;
import pl.kcs.core.Checks;

/**
 * The decision on the scale of support taken after analysing the institution's resources
 * (KCS-S1B-SCALE): how many self-help groups it can host and which forms of support it prefers.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScaleDecision implements WithScaleDecision {

  ScaleDecision() {}

  /** How many groups the institution can host at most; at least 1. */
  public abstract int maxGroups();

  /** The operating models the institution prefers (KCS-M1 … KCS-M4); may be empty if undecided. */
  public abstract ImmutableSet<OperatingModel> preferredModels();

  /** The forms of support the institution prefers, if it went that far. */
  public abstract ImmutableSet<SupportForm> preferredForms();

  /** When the decision was taken. */
  public abstract LocalDate decidedOn();

  /** A builder of a scale decision. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    // A date no KCS can have (kcs default, not the method's): see Checks#EARLIEST_DATE.
    Checks.checkDate("decidedOn", decidedOn());
    Checks.checkPositive("maxGroups", maxGroups());
  }

  /** Builds a {@link ScaleDecision}; maximum groups and date are required. */
  public static final class Builder extends ImmutableScaleDecision.Builder {
    Builder() {}
  }
}
