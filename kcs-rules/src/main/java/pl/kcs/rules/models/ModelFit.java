package pl.kcs.rules.models;

import com.google.common.collect.ImmutableList;
import pl.kcs.core.stage.OperatingModel;
import pl.kcs.core.stage.SupportForm;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.Renderable;
import pl.kcs.rules.ReportText;
import pl.kcs.rules.Severity;
import pl.kcs.rules.Status;

/**
 * How one operating model fits one group: whether it is recommended, its {@link ModelScore
 * score}, the reasons (every outcome of the model's rules, each citing its fact ID), the forms of
 * support that apply (KCS-M1 … KCS-M4 sub-lists), and for a model that is not recommended, what
 * is missing.
 *
 * <p>A model is recommended when each of its enabled gate rules ({@link Severity#BLOCKER}) passed
 * or did not apply, and at least one passed. Immutable and thread-safe.
 */
public final class ModelFit implements Renderable {

  private final OperatingModel model;
  private final boolean recommended;
  private final ModelScore score;
  private final ImmutableList<Outcome> reasons;
  private final ImmutableList<SupportForm> supportForms;

  private ModelFit(
      OperatingModel model,
      boolean recommended,
      ModelScore score,
      ImmutableList<Outcome> reasons,
      ImmutableList<SupportForm> supportForms) {
    this.model = model;
    this.recommended = recommended;
    this.score = score;
    this.reasons = reasons;
    this.supportForms = supportForms;
  }

  static ModelFit of(OperatingModel model, ImmutableList<Outcome> outcomes, ModelFacts facts) {
    boolean anyGatePassed = false;
    boolean gateProblem = false;
    for (Outcome outcome : outcomes) {
      if (outcome.severity() == Severity.BLOCKER && outcome.status() != Status.DISABLED) {
        gateProblem |= outcome.isProblem();
        anyGatePassed |= outcome.status() == Status.PASSED;
      }
    }
    boolean recommended = anyGatePassed && !gateProblem;
    return new ModelFit(
        model,
        recommended,
        ModelScore.of(model, outcomes),
        outcomes,
        recommended ? SupportForms.applying(model, facts) : ImmutableList.of());
  }

  /** The model. */
  public OperatingModel model() {
    return model;
  }

  /** Whether the model is recommended for the group. */
  public boolean isRecommended() {
    return recommended;
  }

  /** The model's score, with the outcomes it was made of. */
  public ModelScore score() {
    return score;
  }

  /** The outcomes of all the model's rules, in rule order. */
  public ImmutableList<Outcome> reasons() {
    return reasons;
  }

  /** The forms of support that apply, in the source's order; empty unless recommended. */
  public ImmutableList<SupportForm> supportForms() {
    return supportForms;
  }

  /**
   * What would have to change for the model to fit: its gates that failed or could not be decided,
   * each with what was found and what to do. Empty for a recommended model.
   */
  public ImmutableList<Outcome> missing() {
    ImmutableList.Builder<Outcome> missing = ImmutableList.builder();
    for (Outcome outcome : reasons) {
      if (outcome.severity() == Severity.BLOCKER && outcome.isProblem()) {
        missing.add(outcome);
      }
    }
    return missing.build();
  }

  /** The problems among the model's non-gate rules: what would make it work better. */
  public ImmutableList<Outcome> improvements() {
    ImmutableList.Builder<Outcome> better = ImmutableList.builder();
    for (Outcome outcome : reasons) {
      if (outcome.severity() != Severity.BLOCKER && outcome.isProblem()) {
        better.add(outcome);
      }
    }
    return better.build();
  }

  /** Writes one line without its break: the model, recommended or not, and its score. */
  @Override
  public void writeTo(ReportText text) {
    text.append(
        ModelRules.WORDS.format(
            text.language(),
            recommended ? "fit.recommended" : "fit.not-recommended",
            model,
            score.render(text.language())));
  }

  @Override
  public String toString() {
    return "ModelFit{" + model + ", recommended=" + recommended + ", " + score + "}";
  }
}
