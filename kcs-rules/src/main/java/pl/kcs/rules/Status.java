package pl.kcs.rules;

import java.util.Locale;
import pl.kcs.core.Labelled;

/**
 * The outcome of one rule: passed, failed, not applicable, unknown (the input lacks the data to
 * decide), or disabled by the embedding system. Never a bare boolean.
 */
public enum Status implements Labelled {
  /** The rule holds. */
  PASSED,
  /** The rule does not hold. */
  FAILED,
  /** The rule does not apply to this input (e.g. a stage-2 rule in stage 1). */
  NOT_APPLICABLE,
  /** The input lacks the data to decide; treated as not passed. */
  UNKNOWN,
  /** The embedding system switched the rule off; it was not evaluated. */
  DISABLED;

  /** Whether this outcome counts against the institution: {@link #FAILED} or {@link #UNKNOWN}. */
  public boolean isProblem() {
    return this == FAILED || this == UNKNOWN;
  }

  @Override
  public String label(Locale locale) {
    return RulesMessages.BUNDLE.text(locale, "Status." + name());
  }
}
