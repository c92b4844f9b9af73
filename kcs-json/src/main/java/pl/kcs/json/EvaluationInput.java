package pl.kcs.json;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Set;
import org.immutables.value.Value;
import pl.kcs.core.Checks;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.evaluation.EvaluationSurvey;
import pl.kcs.evaluation.GroupOutcome;
import pl.kcs.evaluation.SurveyResponse;
import pl.kcs.evaluation.report.EvaluationReport;
import pl.kcs.evaluation.report.Evaluator;

/**
 * Everything an evaluation report is made from, as one document (the {@code evaluation} document
 * that {@code kcs evaluate} reads): a title, the date the report describes, the groups and what
 * became of them (KCS-EFF-SELFRUN, KCS-EFF-INDEPENDENT), the survey (KCS-EFF-LONELINESS,
 * KCS-EFF-CONFIDENCE, KCS-EFF-TIES) and the evaluator's settings (the published scoring, a
 * suppression threshold of 5 and 95% intervals unless given).
 *
 * <p>Checked when built as {@link Evaluator#report} would check it, so that a bad document fails
 * when read, at the field: the survey names only these groups and holds no response dated after
 * {@link #asOf()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class EvaluationInput implements WithEvaluationInput {

  EvaluationInput() {}

  /** What the report is about, e.g. the host institution's name. */
  public abstract String title();

  /** The date the report describes. */
  public abstract LocalDate asOf();

  /** The groups, each id once, and their outcomes. */
  public abstract ImmutableList<GroupOutcome> groups();

  /** The survey's responses. */
  public abstract EvaluationSurvey survey();

  /** The scoring, suppression and confidence level; {@link Evaluator#standard()} by default. */
  @Value.Default
  public Evaluator evaluator() {
    return Evaluator.standard();
  }

  /** The input of an evaluation of {@code implementation}'s groups, titled with its host's name. */
  public static EvaluationInput of(
      KcsImplementation implementation, EvaluationSurvey survey, LocalDate asOf) {
    requireNonNull(implementation, "implementation");
    Builder input = builder().title(implementation.host().name()).asOf(asOf).survey(survey);
    for (SelfHelpGroup group : implementation.groups()) {
      input.addGroups(GroupOutcome.of(group));
    }
    return input.build();
  }

  /** A builder; title, date and survey are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The report. */
  public final EvaluationReport report() {
    return evaluator().report(title(), groups(), survey(), asOf());
  }

  @Value.Check
  void check() {
    Checks.checkName("title", title());
    Set<GroupId> ids = Checks.checkDistinctIds("groups", groups(), GroupOutcome::group);
    for (SurveyResponse response : survey().responses()) {
      checkState(
          ids.contains(response.group()),
          "survey names group %s, which is not among the groups",
          response.group());
      checkState(
          !response.answeredOn().isAfter(asOf()),
          "survey must hold no response dated after asOf %s, was one dated %s in group %s",
          asOf(),
          response.answeredOn(),
          response.group());
    }
  }

  /** Builds an {@link EvaluationInput}. */
  public static final class Builder extends ImmutableEvaluationInput.Builder {
    Builder() {}
  }
}
