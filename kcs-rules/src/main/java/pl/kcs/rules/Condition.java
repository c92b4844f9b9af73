package pl.kcs.rules;

import static java.util.Objects.requireNonNull;

import java.util.function.Predicate;

/**
 * The decision of a rule over typed facts: {@link Status#PASSED}, {@link Status#FAILED}, {@link
 * Status#NOT_APPLICABLE} or {@link Status#UNKNOWN}.
 *
 * <p>A condition runs on the engine's hot path: it must be pure, thread-safe and cheap, and
 * should not allocate. What it looked at is explained separately and only on demand, by the
 * rule's {@link Explainer}.
 *
 * @param <F> the type of facts
 */
@FunctionalInterface
public interface Condition<F> {

  /** Decides the rule for {@code facts}. Never returns null or {@link Status#DISABLED}. */
  Status evaluate(F facts);

  /**
   * The first phase of the facts (e.g. the ordinal of an institution's stage) in which this
   * condition can answer anything but {@link Status#NOT_APPLICABLE}: 0, every phase, unless the
   * condition says otherwise. A rule set {@linkplain RuleSet#phasedBy phased} by the facts' phase
   * answers {@code NOT_APPLICABLE} for it in every earlier phase without asking it, so a
   * condition that overrides this must answer exactly that there.
   */
  default int firstPhase() {
    return 0;
  }

  /** Passes where {@code passes} holds, fails elsewhere. */
  static <F> Condition<F> holds(Predicate<? super F> passes) {
    requireNonNull(passes, "passes");
    return facts -> passes.test(facts) ? Status.PASSED : Status.FAILED;
  }

  /**
   * Not applicable where {@code applies} does not hold; elsewhere passes where {@code passes}
   * holds and fails where it does not.
   */
  static <F> Condition<F> when(Predicate<? super F> applies, Predicate<? super F> passes) {
    requireNonNull(applies, "applies");
    requireNonNull(passes, "passes");
    return facts ->
        !applies.test(facts)
            ? Status.NOT_APPLICABLE
            : passes.test(facts) ? Status.PASSED : Status.FAILED;
  }
}
