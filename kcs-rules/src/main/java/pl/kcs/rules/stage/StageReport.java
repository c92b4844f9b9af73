package pl.kcs.rules.stage;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import pl.kcs.core.Language;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.core.stage.Stage;
import pl.kcs.core.stage.Step;
import pl.kcs.rules.RuleSetResult;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.Severity;
import pl.kcs.rules.Status;
import pl.kcs.rules.models.KcsModelPlan;

/**
 * The answer to "may this institution move to the next stage, and if not, what exactly is
 * missing?": the current stage, whether it may advance, every blocker, warning and piece of advice
 * (each naming its rule and fact ID, what was found and what to do), a checklist of the steps, and
 * the missing steps in order.
 *
 * <p>Stages are never skipped: the next stage is always the one after the current, and the rules of
 * every stage up to the current one must hold. The full {@linkplain #evaluation() evaluation}, with
 * an outcome for every rule, is part of the report. Immutable and thread-safe.
 */
public final class StageReport {

  private final RuleSetResult<StageFacts> evaluation;

  StageReport(RuleSetResult<StageFacts> evaluation) {
    this.evaluation = evaluation;
  }

  /** The evaluation of every rule. */
  public RuleSetResult<StageFacts> evaluation() {
    return evaluation;
  }

  /** The implementation assessed. */
  public KcsImplementation implementation() {
    return evaluation.facts().implementation();
  }

  /** The stage the institution is in. */
  public Stage currentStage() {
    return evaluation.facts().stage();
  }

  /** The stage after the current one; empty in stage 3. */
  public Optional<Stage> nextStage() {
    return currentStage().next();
  }

  /**
   * Whether the institution may move to the next stage: there is one, and no blocker failed or
   * could not be decided.
   */
  public boolean mayAdvance() {
    return nextStage().isPresent() && !evaluation.hasProblems(Severity.BLOCKER);
  }

  /** Whether no blocker failed or could not be decided (in stage 3: the KCS is in good health). */
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
   * Notes: what the source reports as a difficulty or an effect, or a finding such as more groups
   * than the decided scale; never a precondition. Failed or undecided, in rule order.
   */
  public ImmutableList<Outcome> notes() {
    return evaluation.problems(Severity.NOTE);
  }

  /**
   * The models each group fits (KCS-S3), where the report was made with the institution's offer
   * and the institution is in stage 3.
   */
  public Optional<KcsModelPlan> modelPlan() {
    return evaluation.facts().modelPlan();
  }

  /** The checklist of {@code stage}'s steps. */
  public ImmutableList<StepProgress> checklist(Stage stage) {
    ImmutableList.Builder<StepProgress> steps = ImmutableList.builder();
    for (Step step : stage.steps()) {
      steps.add(progress(step));
    }
    return steps.build();
  }

  /** The checklists of every stage up to the current one. */
  public ImmutableList<StepProgress> checklist() {
    ImmutableList.Builder<StepProgress> steps = ImmutableList.builder();
    for (Stage stage : Stage.values()) {
      if (stage.compareTo(currentStage()) <= 0) {
        steps.addAll(checklist(stage));
      }
    }
    return steps.build();
  }

  /** How many of {@code stage}'s steps are done. */
  public int doneCount(Stage stage) {
    int done = 0;
    for (StepProgress step : checklist(stage)) {
      if (step.isDone()) {
        done++;
      }
    }
    return done;
  }

  /**
   * What if: the smallest set of missing steps to reach the next stage (or, in stage 3, to clear
   * every blocker), in the method's order. A step is missing when a blocker about it failed or could
   * not be decided; mending exactly these steps clears every blocker.
   */
  public ImmutableList<StepProgress> missingSteps() {
    ImmutableList.Builder<StepProgress> missing = ImmutableList.builder();
    for (Step step : Step.values()) {
      if (step.stage().compareTo(currentStage()) > 0) {
        continue;
      }
      StepProgress progress = progress(step);
      for (Outcome outcome : progress.outcomes()) {
        if (outcome.severity() == Severity.BLOCKER && outcome.isProblem()) {
          missing.add(progress);
          break;
        }
      }
    }
    return missing.build();
  }

  private StepProgress progress(Step step) {
    ImmutableList.Builder<Outcome> about = ImmutableList.builder();
    List<Outcome> all = evaluation.outcomes();
    for (int i = 0; i < all.size(); i++) {
      Outcome outcome = all.get(i);
      if (outcome.rule().appliesTo().filter(step::equals).isPresent()) {
        about.add(outcome);
      }
    }
    ImmutableList<Outcome> outcomes = about.build();
    return new StepProgress(step, isDone(outcomes), outcomes);
  }

  private static boolean isDone(List<Outcome> outcomes) {
    // A step is judged by its most severe rules: its blockers if it has any, else its warnings,
    // else its advice. They must all pass (or not apply), and at least one must pass.
    Severity gate = null;
    for (Outcome outcome : outcomes) {
      if (outcome.status() != Status.DISABLED
          && (gate == null || outcome.severity().compareTo(gate) < 0)) {
        gate = outcome.severity();
      }
    }
    boolean anyPassed = false;
    for (Outcome outcome : outcomes) {
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
   * The report as text for an institution's director, in the language kcs uses for {@code
   * locale}: stage, verdict, checklist, blockers, warnings, advice and the missing steps.
   */
  public String render(Locale locale) {
    return StageReportText.render(this, Language.of(locale));
  }

  @Override
  public String toString() {
    return "StageReport{"
        + currentStage()
        + ", mayAdvance="
        + mayAdvance()
        + ", blockers="
        + evaluation.problemCount(Severity.BLOCKER)
        + ", warnings="
        + evaluation.problemCount(Severity.WARNING)
        + ", advice="
        + evaluation.problemCount(Severity.ADVICE)
        + "}";
  }
}
