package pl.kcs.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.AbstractList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The result of evaluating a {@link RuleSet} on some facts: an {@link Outcome} for every rule, in
 * the set's order — passed, failed, not applicable, unknown or disabled — each able to say what it
 * looked at and to render itself in Polish or English.
 *
 * <p>Evaluation records only each rule's status; findings and messages are worked out when read,
 * from the same immutable facts, so reading them later gives exactly what the evaluation saw.
 * Immutable and thread-safe.
 *
 * @param <F> the type of facts
 */
public final class RuleSetResult<F> {

  private final RuleSet<F> ruleSet;
  private final F facts;
  private static final Status[] STATUSES = Status.values();

  // Status ordinals: a byte each keeps the evaluation's allocation small.
  private final byte[] statuses;
  private final int blockers;
  private final int warnings;
  private final int advice;
  private final int notes;

  RuleSetResult(
      RuleSet<F> ruleSet, F facts, byte[] statuses, int blockers, int warnings, int advice, int notes) {
    this.ruleSet = ruleSet;
    this.facts = facts;
    this.statuses = statuses;
    this.blockers = blockers;
    this.warnings = warnings;
    this.advice = advice;
    this.notes = notes;
  }

  /** The rule set that was evaluated. */
  public RuleSet<F> ruleSet() {
    return ruleSet;
  }

  /** The facts it was evaluated on. */
  public F facts() {
    return facts;
  }

  /** The outcome of every rule, in the rule set's order. */
  public List<Outcome> outcomes() {
    return new OutcomeList();
  }

  /** The outcome of the rule {@code id}, if the set has it. */
  public Optional<Outcome> outcome(RuleId id) {
    requireNonNull(id, "id");
    for (int i = 0; i < statuses.length; i++) {
      if (ruleSet.ruleAt(i).id().equals(id)) {
        return Optional.of(outcomeAt(i));
      }
    }
    return Optional.empty();
  }

  /** The outcome of the rule {@code id}, if the set has it. */
  public Optional<Outcome> outcome(String id) {
    return outcome(RuleId.of(id));
  }

  /** The status of the rule at {@code index} of the rule set. */
  public Status statusAt(int index) {
    return STATUSES[statuses[index]];
  }

  /** The outcome of the rule at {@code index} of the rule set. */
  public Outcome outcomeAt(int index) {
    return new Outcome(ruleSet.ruleAt(index), statusAt(index), facts);
  }

  /** The number of failed or unknown rules of {@code severity}. */
  public int problemCount(Severity severity) {
    switch (requireNonNull(severity, "severity")) {
      case BLOCKER:
        return blockers;
      case WARNING:
        return warnings;
      case ADVICE:
        return advice;
      default:
        return notes;
    }
  }

  /** Whether any rule of {@code severity} failed or could not be decided. */
  public boolean hasProblems(Severity severity) {
    return problemCount(severity) > 0;
  }

  /** The failed or unknown outcomes of {@code severity}, in order. */
  public ImmutableList<Outcome> problems(Severity severity) {
    requireNonNull(severity, "severity");
    ImmutableList.Builder<Outcome> problems = ImmutableList.builder();
    for (int i = 0; i < statuses.length; i++) {
      if (statusAt(i).isProblem() && ruleSet.ruleAt(i).severity() == severity) {
        problems.add(outcomeAt(i));
      }
    }
    return problems.build();
  }

  /** Every failed or unknown outcome, most severe first: blockers, warnings, advice, then notes. */
  public ImmutableList<Outcome> problems() {
    ImmutableList.Builder<Outcome> problems = ImmutableList.builder();
    for (Severity severity : Severity.values()) {
      problems.addAll(problems(severity));
    }
    return problems.build();
  }

  /** How many rules ended with {@code status}. */
  public int count(Status status) {
    requireNonNull(status, "status");
    int count = 0;
    for (byte each : statuses) {
      if (each == status.ordinal()) {
        count++;
      }
    }
    return count;
  }

  /** Every outcome rendered one per line in the language kcs uses for {@code locale}. */
  public String render(Locale locale) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < statuses.length; i++) {
      text.append(outcomeAt(i).render(locale)).append('\n');
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return "RuleSetResult{"
        + statuses.length
        + " rules, blockers="
        + blockers
        + ", warnings="
        + warnings
        + ", advice="
        + advice
        + ", notes="
        + notes
        + "}";
  }

  private final class OutcomeList extends AbstractList<Outcome> implements RandomAccess {
    @Override
    public Outcome get(int index) {
      return outcomeAt(index);
    }

    @Override
    public int size() {
      return statuses.length;
    }
  }
}
