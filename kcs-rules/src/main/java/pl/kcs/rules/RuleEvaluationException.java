package pl.kcs.rules;

/**
 * A rule failed to decide: its condition threw or answered nothing. Names the rule so the
 * embedding system knows which of its rules to mend.
 */
public final class RuleEvaluationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final RuleId ruleId;

  RuleEvaluationException(RuleId ruleId, RuntimeException cause) {
    super("rule " + ruleId + " failed to evaluate: " + cause, cause);
    this.ruleId = ruleId;
  }

  RuleEvaluationException(RuleId ruleId, Status answered) {
    super(
        "rule "
            + ruleId
            + " must answer PASSED, FAILED, NOT_APPLICABLE or UNKNOWN, answered "
            + answered);
    this.ruleId = ruleId;
  }

  /** The rule that failed. */
  public RuleId ruleId() {
    return ruleId;
  }
}
