package pl.kcs.rules.group;

import java.util.Locale;

/**
 * A group-life event that cannot move the group: impossible from its maturity, or refused by a
 * guard rule. Carries the {@link Transition}, so the caller can read the refusals and render them
 * in Polish or English; the exception's own message is the English one.
 */
public final class IllegalTransitionException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient Transition transition;

  IllegalTransitionException(Transition transition) {
    super(transition.message(Locale.ENGLISH));
    this.transition = transition;
  }

  /** The refused transition, with its reasons. */
  public Transition transition() {
    return transition;
  }
}
