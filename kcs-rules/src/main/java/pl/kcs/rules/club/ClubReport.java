package pl.kcs.rules.club;

import com.google.common.collect.ImmutableList;
import pl.kcs.core.club.SelfHelpClub;
import pl.kcs.rules.AreaReport;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.ReportText;
import pl.kcs.rules.RuleSetResult;
import pl.kcs.rules.Severity;

/**
 * The readiness and compliance of a self-help club with the KS model (docs/facts.md: the self-help club):
 * whether it complies (no blocker failed or undecided), every blocker, warning and piece of advice
 * — each naming its rule and fact ID, what was found and what to do — and a checklist of the
 * model's parts ({@link ClubAspect}). The full {@linkplain #evaluation() evaluation}, with an
 * outcome for every rule, is part of the report.
 *
 * <p>Immutable and thread-safe.
 */
public final class ClubReport extends AreaReport<ClubFacts> {

  ClubReport(RuleSetResult<ClubFacts> evaluation) {
    super(evaluation);
  }

  /** The club assessed. */
  public SelfHelpClub club() {
    return evaluation().facts().club();
  }

  /** Whether the club complies with the model: no blocker failed or could not be decided. */
  public boolean isCompliant() {
    return !evaluation().hasProblems(Severity.BLOCKER);
  }

  /** The outcomes of the rules about {@code aspect}, in rule order. */
  public ImmutableList<Outcome> outcomes(ClubAspect aspect) {
    return outcomesAbout(aspect);
  }

  /**
   * Whether the club meets {@code aspect} of the model: none of its blockers or warnings failed or
   * is undecided, and at least one of its rules passed. Advice does not count.
   */
  public boolean meets(ClubAspect aspect) {
    return isMetIgnoring(outcomes(aspect), Severity.ADVICE);
  }

  /**
   * The report as text for the centre's head ({@link #render(java.util.Locale)}): the
   * verdict, the opening hours, the checklist, then blockers, warnings and advice with what to do.
   */
  @Override
  protected void write(ReportText text) {
    ClubReportText.write(this, text);
  }

  @Override
  public String toString() {
    return "ClubReport{compliant=" + isCompliant() + ", " + problemCounts() + "}";
  }
}
