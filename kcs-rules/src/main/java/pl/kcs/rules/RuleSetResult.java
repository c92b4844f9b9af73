package pl.kcs.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.AbstractList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;
import pl.kcs.core.DomainTerm;
import pl.kcs.core.Language;

/**
 * The result of evaluating a {@link RuleSet} on some facts: an {@link Outcome} for every rule, in
 * the set's order — passed, failed, not applicable, unknown or disabled — each able to say what it
 * looked at and to render itself in Polish or English.
 *
 * <p>Evaluation records only each rule's status; outcomes, findings and messages are worked out
 * when first read, from the same immutable facts, so reading them later gives exactly what the
 * evaluation saw. Each outcome is made once and shared by every later read, so its finding is
 * worked out once; threads that read the same outcome for the first time at the same moment may
 * each make an equal one. Immutable and thread-safe.
 *
 * @param <F> the type of facts
 */
public final class RuleSetResult<F> {

  private final RuleSet<F> ruleSet;
  private final F facts;
  private static final Status[] STATUSES = Status.values();
  private static final Severity[] SEVERITIES = Severity.values();
  private static final byte FAILED = (byte) Status.FAILED.ordinal();
  private static final byte UNKNOWN = (byte) Status.UNKNOWN.ordinal();

  // Status ordinals: a byte each keeps the evaluation's allocation small.
  private final byte[] statuses;
  private final int blockers;
  private final int warnings;
  private final int advice;
  private final int notes;
  // Outcomes are made when first read and then shared, so that what an outcome works out (its
  // finding) is worked out once; the array itself is made on the first read. Both caches are
  // racy single-checks, as String.hashCode's: an Outcome and an ImmutableList are immutable with
  // final fields, so a thread that sees one sees it whole, and threads that race each make an
  // equal one. No CAS or fence on the path every report takes (it was a fifth of an explained
  // assessment's time in StageBenchmark).
  private Outcome @Nullable [] outcomes;
  // The problems of each severity, in Severity's order, once asked for.
  private ImmutableList<Outcome> @Nullable [] problems;

  RuleSetResult(
      RuleSet<F> ruleSet,
      F facts,
      byte[] statuses,
      int blockers,
      int warnings,
      int advice,
      int notes) {
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

  /**
   * The outcomes of the rules that {@linkplain Rule#isAbout(DomainTerm) are about} {@code term}
   * (a step, an aspect, a model), in the rule set's order.
   */
  public ImmutableList<Outcome> outcomesAbout(DomainTerm term) {
    requireNonNull(term, "term");
    ImmutableList.Builder<Outcome> about = null;
    for (int i = 0; i < statuses.length; i++) {
      if (ruleSet.ruleAt(i).isAbout(term)) {
        if (about == null) {
          about = ImmutableList.builderWithExpectedSize(4);
        }
        about.add(outcomeAt(i));
      }
    }
    return about == null ? ImmutableList.of() : about.build();
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
    Outcome[] made = outcomes;
    if (made == null) {
      made = new Outcome[statuses.length];
      outcomes = made;
    }
    Outcome outcome = made[index];
    if (outcome == null) {
      outcome = new Outcome(ruleSet.ruleAt(index), statusAt(index), facts);
      made[index] = outcome;
    }
    return outcome;
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
  @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array, made once and never exposed
  public ImmutableList<Outcome> problems(Severity severity) {
    int count = problemCount(severity);
    if (count == 0) {
      return ImmutableList.of();
    }
    ImmutableList<Outcome>[] known = problems;
    if (known == null) {
      known = new ImmutableList[SEVERITIES.length];
      problems = known;
    }
    ImmutableList<Outcome> found = known[severity.ordinal()];
    if (found == null) {
      // Equal lists of the same shared outcomes: a race makes one twice, harmlessly. One problem
      // is a singleton list; more are built at their exact size, so the list keeps the array.
      if (count == 1) {
        found = ImmutableList.of(outcomeAt(nextProblem(severity, 0)));
      } else {
        ImmutableList.Builder<Outcome> builder = ImmutableList.builderWithExpectedSize(count);
        for (int i = nextProblem(severity, 0); i >= 0; i = nextProblem(severity, i + 1)) {
          builder.add(outcomeAt(i));
        }
        found = builder.build();
      }
      known[severity.ordinal()] = found;
    }
    return found;
  }

  /** The index of the first failed or unknown rule of {@code severity} from {@code from}, or -1. */
  private int nextProblem(Severity severity, int from) {
    byte wanted = (byte) severity.ordinal();
    byte[] severities = ruleSet.severities();
    for (int i = from; i < statuses.length; i++) {
      byte status = statuses[i];
      if ((status == FAILED || status == UNKNOWN) && severities[i] == wanted) {
        return i;
      }
    }
    return -1;
  }

  /** Every failed or unknown outcome, most severe first: blockers, warnings, advice, then notes. */
  public ImmutableList<Outcome> problems() {
    ImmutableList.Builder<Outcome> problems = ImmutableList.builder();
    for (Severity severity : SEVERITIES) {
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

  /**
   * {@link #render(Locale)} in {@code language}: kcs names languages with {@link Language}
   * across its API, and keeps the {@code Locale} form for callers that hold one.
   */
  public String render(Language language) {
    return render(language.locale());
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
