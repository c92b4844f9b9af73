package pl.kcs.rules.club;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import pl.kcs.core.Language;
import pl.kcs.core.club.SelfHelpClub;
import pl.kcs.rules.RuleSetResult;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.Severity;
import pl.kcs.rules.Status;

/**
 * The readiness and compliance of a self-help club with the KS model (docs/facts.md: the self-help club):
 * whether it complies (no blocker failed or undecided), every blocker, warning and piece of advice
 * — each naming its rule and fact ID, what was found and what to do — and a checklist of the
 * model's parts ({@link ClubAspect}). The full {@linkplain #evaluation() evaluation}, with an
 * outcome for every rule, is part of the report.
 *
 * <p>Immutable and thread-safe.
 */
public final class ClubReport {

  private final RuleSetResult<ClubFacts> evaluation;

  ClubReport(RuleSetResult<ClubFacts> evaluation) {
    this.evaluation = evaluation;
  }

  /** The evaluation of every rule. */
  public RuleSetResult<ClubFacts> evaluation() {
    return evaluation;
  }

  /** The club assessed. */
  public SelfHelpClub club() {
    return evaluation.facts().club();
  }

  /** Whether the club complies with the model: no blocker failed or could not be decided. */
  public boolean isCompliant() {
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

  /** The outcomes of the rules about {@code aspect}, in rule order. */
  public ImmutableList<Outcome> outcomes(ClubAspect aspect) {
    ImmutableList.Builder<Outcome> about = ImmutableList.builder();
    List<Outcome> all = evaluation.outcomes();
    for (int i = 0; i < all.size(); i++) {
      Outcome outcome = all.get(i);
      if (outcome.rule().appliesTo().filter(aspect::equals).isPresent()) {
        about.add(outcome);
      }
    }
    return about.build();
  }

  /**
   * Whether the club meets {@code aspect} of the model: none of its blockers or warnings failed or
   * is undecided, and at least one of its rules passed. Advice does not count.
   */
  public boolean meets(ClubAspect aspect) {
    boolean anyPassed = false;
    for (Outcome outcome : outcomes(aspect)) {
      if (outcome.severity() != Severity.ADVICE && outcome.isProblem()) {
        return false;
      }
      anyPassed |= outcome.status() == Status.PASSED;
    }
    return anyPassed;
  }

  /**
   * The report as text for the centre's head, in the language kcs uses for {@code locale}: the
   * verdict, the opening hours, the checklist, then blockers, warnings and advice with what to do.
   */
  public String render(Locale locale) {
    return ClubReportText.render(this, Language.of(locale));
  }

  @Override
  public String toString() {
    return "ClubReport{compliant="
        + isCompliant()
        + ", blockers="
        + evaluation.problemCount(Severity.BLOCKER)
        + ", warnings="
        + evaluation.problemCount(Severity.WARNING)
        + ", advice="
        + evaluation.problemCount(Severity.ADVICE)
        + "}";
  }
}
