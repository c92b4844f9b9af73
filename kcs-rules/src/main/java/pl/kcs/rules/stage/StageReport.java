package pl.kcs.rules.stage;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.core.stage.Stage;
import pl.kcs.core.stage.Step;
import pl.kcs.rules.AreaReport;
import pl.kcs.rules.ReportText;
import pl.kcs.rules.RuleSet;
import pl.kcs.rules.RuleSetResult;
import pl.kcs.rules.Severity;
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
public final class StageReport extends AreaReport<StageFacts> {

  private static final Step[] STEPS = Step.values();
  // Each stage's steps, by the stage's ordinal: Stage.steps() makes a new list on every call.
  private static final ImmutableList<ImmutableList<Step>> STEPS_OF = stepsOfEachStage();

  // The indexes of the rules about each step, by the step's ordinal: the rule set's, shared.
  private final int[][] rulesByStep;
  private volatile StepProgress @Nullable [] steps;

  StageReport(RuleSetResult<StageFacts> evaluation, int[][] rulesByStep) {
    super(evaluation);
    this.rulesByStep = rulesByStep;
  }

  /**
   * The indexes of the rules of {@code rules} about each step of the method, by the step's
   * ordinal, for the reports of an evaluation of {@code rules}.
   */
  static int[][] rulesByStep(RuleSet<StageFacts> rules) {
    int[][] byStep = new int[STEPS.length][];
    for (Step step : STEPS) {
      int count = 0;
      int[] about = new int[rules.rules().size()];
      for (int i = 0; i < about.length; i++) {
        if (rules.rules().get(i).isAbout(step)) {
          about[count++] = i;
        }
      }
      byStep[step.ordinal()] = Arrays.copyOf(about, count);
    }
    return byStep;
  }

  /** The implementation assessed. */
  public KcsImplementation implementation() {
    return evaluation().facts().implementation();
  }

  /** The stage the institution is in. */
  public Stage currentStage() {
    return evaluation().facts().stage();
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
    return nextStage().isPresent() && !evaluation().hasProblems(Severity.BLOCKER);
  }

  /** Whether no blocker failed or could not be decided (in stage 3: the KCS is in good health). */
  @Override
  public boolean hasNoBlockers() {
    return super.hasNoBlockers();
  }

  /**
   * The models each group fits (KCS-S3), where the report was made with the institution's offer
   * and the institution is in stage 3.
   */
  public Optional<KcsModelPlan> modelPlan() {
    return evaluation().facts().modelPlan();
  }

  /** The checklist of {@code stage}'s steps. */
  public ImmutableList<StepProgress> checklist(Stage stage) {
    StepProgress[] all = steps();
    ImmutableList.Builder<StepProgress> steps =
        ImmutableList.builderWithExpectedSize(stepsOf(stage).size());
    for (Step step : stepsOf(stage)) {
      steps.add(all[step.ordinal()]);
    }
    return steps.build();
  }

  /** The checklists of every stage up to the current one. */
  public ImmutableList<StepProgress> checklist() {
    StepProgress[] all = steps();
    ImmutableList.Builder<StepProgress> steps = ImmutableList.builder();
    for (Step step : STEPS) {
      if (step.stage().compareTo(currentStage()) <= 0) {
        steps.add(all[step.ordinal()]);
      }
    }
    return steps.build();
  }

  /** How many of {@code stage}'s steps are done. */
  public int doneCount(Stage stage) {
    StepProgress[] all = steps();
    int done = 0;
    for (Step step : stepsOf(stage)) {
      if (all[step.ordinal()].isDone()) {
        done++;
      }
    }
    return done;
  }

  /** The steps of {@code stage}, in order, as {@link Stage#steps()} gives them. */
  static ImmutableList<Step> stepsOf(Stage stage) {
    return STEPS_OF.get(stage.ordinal());
  }

  private static ImmutableList<ImmutableList<Step>> stepsOfEachStage() {
    ImmutableList.Builder<ImmutableList<Step>> steps = ImmutableList.builder();
    for (Stage stage : Stage.values()) {
      steps.add(stage.steps());
    }
    return steps.build();
  }

  /** Whether {@code step} is done, as its checklist item says. */
  boolean isDone(Step step) {
    return steps()[step.ordinal()].isDone();
  }

  /**
   * What if: the smallest set of missing steps to reach the next stage (or, in stage 3, to clear
   * every blocker), in the method's order. A step is missing when a blocker about it failed or could
   * not be decided; mending exactly these steps clears every blocker.
   */
  public ImmutableList<StepProgress> missingSteps() {
    if (!evaluation().hasProblems(Severity.BLOCKER)) {
      return ImmutableList.of();
    }
    StepProgress[] all = steps();
    ImmutableList.Builder<StepProgress> missing = ImmutableList.builder();
    for (Step step : STEPS) {
      if (step.stage().compareTo(currentStage()) > 0) {
        continue;
      }
      for (int rule : rulesByStep[step.ordinal()]) {
        if (evaluation().ruleSet().rules().get(rule).severity() == Severity.BLOCKER
            && evaluation().statusAt(rule).isProblem()) {
          missing.add(all[step.ordinal()]);
          break;
        }
      }
    }
    return missing.build();
  }

  /**
   * The progress of every step, by ordinal, worked out from the rules' statuses when first asked
   * for and then shared (a race works it out twice, to the same values); the outcomes of a step
   * are made only when they are read.
   */
  private StepProgress[] steps() {
    StepProgress[] known = steps;
    if (known == null) {
      known = new StepProgress[STEPS.length];
      for (Step step : STEPS) {
        int[] rules = rulesByStep[step.ordinal()];
        known[step.ordinal()] =
            new StepProgress(step, isDoneByMostSevere(evaluation(), rules), evaluation(), rules);
      }
      steps = known;
    }
    return known;
  }

  /**
   * The report as text for an institution's director ({@link
   * #render(java.util.Locale)}): stage, verdict, checklist, blockers, warnings, advice and the missing steps.
   */
  @Override
  protected void write(ReportText text) {
    StageReportText.write(this, text);
  }

  @Override
  public String toString() {
    return "StageReport{"
        + currentStage()
        + ", mayAdvance="
        + mayAdvance()
        + ", "
        + problemCounts()
        + "}";
  }
}
