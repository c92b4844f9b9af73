package pl.kcs.rules.stage;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import pl.kcs.core.DomainTerm;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.core.stage.Stage;
import pl.kcs.core.stage.Step;
import pl.kcs.rules.AreaReport;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.ReportText;
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

  private volatile StepProgress @Nullable [] steps;

  StageReport(RuleSetResult<StageFacts> evaluation) {
    super(evaluation);
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
        ImmutableList.builderWithExpectedSize(stage.steps().size());
    for (Step step : stage.steps()) {
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
    for (Step step : stage.steps()) {
      if (all[step.ordinal()].isDone()) {
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
    if (!evaluation().hasProblems(Severity.BLOCKER)) {
      return ImmutableList.of();
    }
    StepProgress[] all = steps();
    ImmutableList.Builder<StepProgress> missing = ImmutableList.builder();
    for (Step step : STEPS) {
      if (step.stage().compareTo(currentStage()) > 0) {
        continue;
      }
      StepProgress progress = all[step.ordinal()];
      for (Outcome outcome : progress.outcomes()) {
        if (outcome.severity() == Severity.BLOCKER && outcome.isProblem()) {
          missing.add(progress);
          break;
        }
      }
    }
    return missing.build();
  }

  /**
   * The progress of every step, by ordinal, worked out in one pass over the outcomes when first
   * asked for and then shared (a race works it out twice, to the same values).
   */
  private StepProgress[] steps() {
    StepProgress[] known = steps;
    if (known == null) {
      @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array, local to this method
      ImmutableList.Builder<Outcome>[] about = new ImmutableList.Builder[STEPS.length];
      List<Outcome> all = evaluation().outcomes();
      for (int i = 0; i < all.size(); i++) {
        Optional<DomainTerm> term = evaluation().ruleSet().rules().get(i).appliesTo();
        if (term.isPresent() && term.get() instanceof Step) {
          int step = ((Step) term.get()).ordinal();
          if (about[step] == null) {
            about[step] = ImmutableList.builder();
          }
          about[step].add(all.get(i));
        }
      }
      known = new StepProgress[STEPS.length];
      for (Step step : STEPS) {
        ImmutableList<Outcome> outcomes =
            about[step.ordinal()] == null ? ImmutableList.of() : about[step.ordinal()].build();
        known[step.ordinal()] = new StepProgress(step, isDoneByMostSevere(outcomes), outcomes);
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
