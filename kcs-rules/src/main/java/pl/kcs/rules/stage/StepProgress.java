package pl.kcs.rules.stage;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import pl.kcs.core.Language;
import pl.kcs.core.stage.Step;
import pl.kcs.rules.Outcome;

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
  private final ImmutableList<Outcome> outcomes;

  StepProgress(Step step, boolean done, ImmutableList<Outcome> outcomes) {
    this.step = step;
    this.done = done;
    this.outcomes = outcomes;
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
    return outcomes;
  }

  /** The outcomes about the step that count against it (failed or unknown). */
  public ImmutableList<Outcome> problems() {
    ImmutableList.Builder<Outcome> problems = ImmutableList.builder();
    for (Outcome outcome : outcomes) {
      if (outcome.isProblem()) {
        problems.add(outcome);
      }
    }
    return problems.build();
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
    return (done ? "[x] " : "[ ] ") + step.part() + " " + step.label(locale);
  }

  @Override
  public String toString() {
    return "StepProgress{" + step + ", done=" + done + "}";
  }
}
