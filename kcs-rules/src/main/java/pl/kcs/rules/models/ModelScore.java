package pl.kcs.rules.models;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import pl.kcs.core.stage.OperatingModel;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.Renderable;
import pl.kcs.rules.ReportText;
import pl.kcs.rules.Severity;
import pl.kcs.rules.Status;

/**
 * How well one operating model fits one group, with its reasons: a value, never a bare number.
 *
 * <h2>Scoring (library default, not in the source method)</h2>
 *
 * Every rule of the model that was evaluated and applied — not disabled, not "not applicable" —
 * is worth points by its severity: a gate ({@link Severity#BLOCKER}) {@value #GATE_POINTS}, a
 * {@link Severity#WARNING} {@value #WARNING_POINTS}, an {@link Severity#ADVICE} {@value
 * #ADVICE_POINTS}, a {@link Severity#NOTE} nothing. The score is the points of the rules that passed out of the points of all of
 * them, and {@link #percent()} is that share in whole per cent, rounded down. A recommended model
 * has passed all its gates, so its score is at least the gates' share; the advice rules — how many
 * of the model's forms of support the institution can give, how many of the group's stated needs
 * it can meet — make up the rest. Scores compare models for one group, and one model across
 * groups; they are not probabilities.
 *
 * <p>Immutable and thread-safe.
 */
public final class ModelScore implements Renderable {

  /** Points of a gate rule. */
  public static final int GATE_POINTS = 3;

  /** Points of a warning rule. */
  public static final int WARNING_POINTS = 2;

  /** Points of an advice rule. */
  public static final int ADVICE_POINTS = 1;

  private final OperatingModel model;
  private final int points;
  private final int maxPoints;
  private final ImmutableList<Outcome> reasons;

  private ModelScore(
      OperatingModel model, int points, int maxPoints, ImmutableList<Outcome> reasons) {
    this.model = model;
    this.points = points;
    this.maxPoints = maxPoints;
    this.reasons = reasons;
  }

  /** The score of {@code model} from the outcomes of its rules. */
  static ModelScore of(OperatingModel model, List<Outcome> outcomes) {
    int points = 0;
    int max = 0;
    ImmutableList.Builder<Outcome> counted = ImmutableList.builder();
    for (Outcome outcome : outcomes) {
      if (outcome.status() == Status.DISABLED || outcome.status() == Status.NOT_APPLICABLE) {
        continue;
      }
      int worth = pointsOf(outcome.severity());
      max += worth;
      if (outcome.status() == Status.PASSED) {
        points += worth;
      }
      counted.add(outcome);
    }
    return new ModelScore(model, points, max, counted.build());
  }

  /** The points a rule of {@code severity} is worth. */
  public static int pointsOf(Severity severity) {
    switch (requireNonNull(severity, "severity")) {
      case BLOCKER:
        return GATE_POINTS;
      case WARNING:
        return WARNING_POINTS;
      case ADVICE:
        return ADVICE_POINTS;
      default:
        // A note reports what the source observed; it does not make a model fit better or worse.
        return 0;
    }
  }

  /** The model scored. */
  public OperatingModel model() {
    return model;
  }

  /** The points of the rules that passed. */
  public int points() {
    return points;
  }

  /** The points of all the rules counted. */
  public int maxPoints() {
    return maxPoints;
  }

  /** The score in whole per cent, rounded down; 0 when no rule counted. */
  public int percent() {
    return maxPoints == 0 ? 0 : points * 100 / maxPoints;
  }

  /** The outcomes counted, in rule order: what the score was made of, each citing its fact. */
  public ImmutableList<Outcome> reasons() {
    return reasons;
  }

  /** Writes the score, e.g. "80/100 (12 of 15 points)", in the text's language. */
  @Override
  public void writeTo(ReportText text) {
    text.append(ModelRules.WORDS.format(text.language(), "score", percent(), points, maxPoints));
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ModelScore)) {
      return false;
    }
    ModelScore that = (ModelScore) other;
    return model == that.model
        && points == that.points
        && maxPoints == that.maxPoints
        && reasons.equals(that.reasons);
  }

  @Override
  public int hashCode() {
    return Objects.hash(model, points, maxPoints);
  }

  @Override
  public String toString() {
    return "ModelScore{" + model + ", " + points + "/" + maxPoints + "}";
  }
}
