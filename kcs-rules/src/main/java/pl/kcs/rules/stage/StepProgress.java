package pl.kcs.rules.stage;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import pl.kcs.core.Language;
import pl.kcs.core.stage.Step;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.RuleSetResult;

/**
 * One line of a stage checklist: a step of the method, whether it is done, and the outcomes of the
 * rules about it. A step is judged by its most severe rules — its blockers, or for a step with no
 * blocker (1a, 3) its warnings, or else its advice: it is done when they all passed or did not
 * apply and at least one passed.
 *
 * <p>Immutable and thread-safe.
 */
public final class StepProgress {

  private final Step step;
  private final boolean done;
  private final RuleSetResult<?> evaluation;
  // The indexes, in the evaluation's rule set, of the rules about the step.
  private final int[] rules;
  // Made when first asked for: a report's checklist is often read only for what is done.
  private volatile @Nullable ImmutableList<Outcome> outcomes;

  StepProgress(Step step, boolean done, RuleSetResult<?> evaluation, int[] rules) {
    this.step = step;
    this.done = done;
    this.evaluation = evaluation;
    this.rules = rules;
  }

  /** The step. */
  public Step step() {
    return step;
  }

  /** Whether the step is done. */
  public boolean isDone() {
    return done;
  }

  /** The outcomes of the rules about the step. */
  public ImmutableList<Outcome> outcomes() {
    ImmutableList<Outcome> made = outcomes;
    if (made == null) {
      // Equal lists of the evaluation's shared outcomes: a race makes one twice, harmlessly.
      made = collect(false);
      outcomes = made;
    }
    return made;
  }

  /** The outcomes about the step that count against it (failed or unknown). */
  public ImmutableList<Outcome> problems() {
    return collect(true);
  }

  private ImmutableList<Outcome> collect(boolean problemsOnly) {
    ImmutableList.Builder<Outcome> collected = ImmutableList.builderWithExpectedSize(rules.length);
    for (int rule : rules) {
      if (!problemsOnly || evaluation.statusAt(rule).isProblem()) {
        collected.add(evaluation.outcomeAt(rule));
      }
    }
    return collected.build();
  }

  /**
   * {@link #render(Locale)} in {@code language}: kcs names languages with {@link Language}
   * across its API, and keeps the {@code Locale} form for callers that hold one.
   */
  public String render(Language language) {
    return render(language.locale());
  }

  /** {@code [x] 1b premises: …} in the language kcs uses for {@code locale}. */
  public String render(Locale locale) {
    return (done ? "[x] " : "[ ] ") + StageWords.of(Language.of(locale)).step(step);
  }

  @Override
  public String toString() {
    return "StepProgress{" + step + ", done=" + done + "}";
  }
}
