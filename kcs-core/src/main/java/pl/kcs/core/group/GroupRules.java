package pl.kcs.core.group;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import org.immutables.value.Value;
import pl.kcs.core.Checks;

/**
 * What a group has agreed about itself — goals, rules, a contract, written regulations (regulamin)
 * — when, and whether the participants formulated it together (KCS-REM-RULES: clear rules
 * formulated with the participants; KCS-M2: goals, rules and contract; KCS-DIF-RULES: regulations
 * matter especially for groups of people with mental-health disorders).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class GroupRules implements WithGroupRules {

  GroupRules() {}

  /** What was agreed; at least one element. */
  public abstract ImmutableSet<RulesElement> elements();

  /** When it was agreed or last re-agreed. */
  public abstract LocalDate agreedOn();

  /** Whether the participants formulated it together (KCS-REM-RULES). */
  public abstract boolean formulatedWithParticipants();

  /** Whether {@code element} was agreed. */
  public final boolean has(RulesElement element) {
    requireNonNull(element, "element");
    return elements().contains(element);
  }

  /** A builder of group rules. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    // A date no KCS can have (kcs default, not the method's): see Checks#EARLIEST_DATE.
    Checks.checkDate("agreedOn", agreedOn());
    checkState(!elements().isEmpty(), "rules elements must not be empty, was %s", elements());
  }

  /** Builds {@link GroupRules}; every attribute is required. */
  public static final class Builder extends ImmutableGroupRules.Builder {
    Builder() {}
  }
}
