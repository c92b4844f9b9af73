package pl.kcs.rules;

/**
 * Explains what a rule looked at for given facts. Called only when a user reads an outcome, never
 * on the evaluation's hot path; must be pure and thread-safe, so the explanation read later is
 * exactly the one that belongs to the evaluated facts.
 *
 * @param <F> the type of facts
 */
@FunctionalInterface
public interface Explainer<F> {

  /** What the rule looked at in {@code facts}. */
  Finding explain(F facts);
}
