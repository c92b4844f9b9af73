package pl.kcs.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import pl.kcs.core.DomainTerm;
import pl.kcs.core.Language;

/**
 * What every report of kcs shares, whatever it is about (a stage, a club, a group's life, its
 * autonomy, an institution's openness, or an area an embedding system adds): the {@linkplain
 * #evaluation() evaluation} of the area's rule set on its facts, its problems grouped by severity
 * — blockers, warnings, advice and notes, each in rule order — the outcomes about one term of a
 * checklist, and the rendering as text through {@link ReportText}.
 *
 * <p>An area supplies its facts, its rules and its words: a subclass adds what only it knows (the
 * stage's verdict, the club's opening hours) and {@linkplain #write(ReportText) writes} its text
 * from the shared pieces. docs/extending.md shows an area added this way.
 *
 * <p>Subclasses must be immutable and thread-safe, as this class is.
 *
 * @param <F> the type of the area's facts
 */
public abstract class AreaReport<F> implements Renderable {

  private final RuleSetResult<F> evaluation;

  /** A report of {@code evaluation}. */
  protected AreaReport(RuleSetResult<F> evaluation) {
    this.evaluation = requireNonNull(evaluation, "evaluation");
  }

  /** The evaluation of every rule, with an outcome for each. */
  public RuleSetResult<F> evaluation() {
    return evaluation;
  }

  /** Whether no blocker failed or could not be decided. */
  public boolean hasNoBlockers() {
    return !evaluation.hasProblems(Severity.BLOCKER);
  }

  /** Failed or undecided blockers, in rule order. */
  public ImmutableList<Outcome> blockers() {
    return evaluation.problems(Severity.BLOCKER);
  }

  /** Failed or undecided warnings, in rule order. */
  public ImmutableList<Outcome> warnings() {
    return evaluation.problems(Severity.WARNING);
  }

  /** Failed or undecided advice, in rule order. */
  public ImmutableList<Outcome> advice() {
    return evaluation.problems(Severity.ADVICE);
  }

  /**
   * Notes: what the source reports as a difficulty or an effect; never a precondition. Failed or
   * undecided, in rule order.
   */
  public ImmutableList<Outcome> notes() {
    return evaluation.problems(Severity.NOTE);
  }

  /** Every failed or undecided outcome, most severe first: blockers, warnings, advice, notes. */
  public ImmutableList<Outcome> problems() {
    return evaluation.problems();
  }

  /** The outcomes of the rules about {@code term} (a step, an aspect), in rule order. */
  public ImmutableList<Outcome> outcomesAbout(DomainTerm term) {
    return evaluation.outcomesAbout(term);
  }

  /**
   * {@link #render(Locale)} in {@code language}: kcs names languages with {@link Language}
   * across its API, and keeps the {@code Locale} form for callers that hold one.
   */
  @Override
  public String render(Language language) {
    return render(language.locale());
  }

  /**
   * The report as text, in the language kcs uses for {@code locale}, as the area {@linkplain
   * #write(ReportText) writes} it.
   */
  @Override
  public String render(Locale locale) {
    ReportText text = new ReportText(Language.of(requireNonNull(locale, "locale")));
    write(text);
    return text.toString();
  }

  /** Writes the report's text in {@link ReportText#language() text's language}. */
  protected abstract void write(ReportText text);

  /**
   * Writes the report's text into {@code text}, as {@link #render(Locale)} gives it: how a report
   * made of several (a model plan, a list of groups) includes each one's text.
   */
  @Override
  public final void writeTo(ReportText text) {
    write(requireNonNull(text, "text"));
  }

  /**
   * Whether a checklist item is done, judged by its most severe rules: its blockers if it has
   * any, else its warnings, else its advice, else its notes. They must all pass (or not apply),
   * and at least one must pass; disabled rules do not count.
   */
  protected static boolean isDoneByMostSevere(List<Outcome> outcomes) {
    Severity gate = null;
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome outcome = outcomes.get(i);
      if (outcome.status() != Status.DISABLED
          && (gate == null || outcome.severity().isStricterThan(gate))) {
        gate = outcome.severity();
      }
    }
    boolean anyPassed = false;
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome outcome = outcomes.get(i);
      if (outcome.status() == Status.DISABLED || outcome.severity() != gate) {
        continue;
      }
      if (outcome.isProblem()) {
        return false;
      }
      anyPassed |= outcome.status() == Status.PASSED;
    }
    return anyPassed;
  }

  /**
   * {@link #isDoneByMostSevere(List)} of the outcomes of the rules at {@code rules} (indexes in
   * the rule set) of {@code evaluation}, read from their statuses without making an outcome.
   */
  protected static boolean isDoneByMostSevere(RuleSetResult<?> evaluation, int[] rules) {
    List<? extends Rule<?>> all = evaluation.ruleSet().rules();
    Severity gate = null;
    for (int rule : rules) {
      Severity severity = all.get(rule).severity();
      if (evaluation.statusAt(rule) != Status.DISABLED
          && (gate == null || severity.isStricterThan(gate))) {
        gate = severity;
      }
    }
    boolean anyPassed = false;
    for (int rule : rules) {
      Status status = evaluation.statusAt(rule);
      if (status == Status.DISABLED || all.get(rule).severity() != gate) {
        continue;
      }
      if (status.isProblem()) {
        return false;
      }
      anyPassed |= status == Status.PASSED;
    }
    return anyPassed;
  }

  /**
   * Whether a checklist item is met: none of its rules but those of severity {@code ignored}
   * failed or is undecided, and at least one of its rules passed.
   */
  protected static boolean isMetIgnoring(List<Outcome> outcomes, Severity ignored) {
    boolean anyPassed = false;
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome outcome = outcomes.get(i);
      if (outcome.severity() != ignored && outcome.isProblem()) {
        return false;
      }
      anyPassed |= outcome.status() == Status.PASSED;
    }
    return anyPassed;
  }

  /**
   * Whether the rule {@code ruleId} failed: not when it passed, could not be decided, did not
   * apply or was disabled, nor when the rule set has no such rule. For a report's own verdicts
   * drawn from one rule.
   */
  protected final boolean hasFailed(String ruleId) {
    return evaluation.outcome(ruleId).map(o -> o.status() == Status.FAILED).orElse(false);
  }

  /** {@code "blockers=1, warnings=0, advice=2"}, for a subclass's {@code toString()}. */
  protected final String problemCounts() {
    return "blockers="
        + evaluation.problemCount(Severity.BLOCKER)
        + ", warnings="
        + evaluation.problemCount(Severity.WARNING)
        + ", advice="
        + evaluation.problemCount(Severity.ADVICE);
  }
}
