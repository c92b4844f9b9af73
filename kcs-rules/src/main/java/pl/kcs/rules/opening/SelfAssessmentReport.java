package pl.kcs.rules.opening;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import pl.kcs.core.opening.CohostPosition;
import pl.kcs.core.opening.OpeningArea;
import pl.kcs.core.opening.OpeningPractice;
import pl.kcs.rules.AreaReport;
import pl.kcs.rules.Outcome;
import pl.kcs.rules.ReportText;
import pl.kcs.rules.RuleSetResult;
import pl.kcs.rules.Severity;
import pl.kcs.rules.Status;

/**
 * The result of an institution's self-assessment of its openness: a score per area, the overall
 * score and position on the client → co-host scale (OPEN-COHOST), the starting conditions met or
 * missing (OPEN-START), and advice for the weakest areas — the practices and tools to develop,
 * each citing its fact ID (OPEN-PRACTICES, OPEN-TOOLS-SOCIAL, OPEN-TOOLS-CULTURE). The full
 * {@linkplain #evaluation() evaluation}, with an outcome for every rule, is part of the report.
 *
 * <p>Immutable and thread-safe.
 */
public final class SelfAssessmentReport extends AreaReport<OpeningFacts> {

  /** How many of the weakest areas get detailed advice (library default); ties are kept together. */
  public static final int WEAKEST_AREAS = 2;

  SelfAssessmentReport(RuleSetResult<OpeningFacts> evaluation) {
    super(evaluation);
  }

  /** The scores. */
  public OpeningFacts facts() {
    return evaluation().facts();
  }

  /** The score of every area, in the order of {@link OpeningArea}. */
  public ImmutableList<AreaScore> scores() {
    return facts().scores();
  }

  /** The overall score, in percent. */
  public int percent() {
    return facts().percent();
  }

  /** The position on the client → co-host scale (OPEN-COHOST). */
  public CohostPosition position() {
    return facts().position();
  }

  /** The starting conditions in place, in order (OPEN-START). */
  public ImmutableList<OpeningPractice> startingConditionsMet() {
    ImmutableList.Builder<OpeningPractice> met = ImmutableList.builder();
    for (OpeningPractice condition : OpeningPractice.startingConditions()) {
      if (facts().assessment().isInPlace(condition)) {
        met.add(condition);
      }
    }
    return met.build();
  }

  /** The starting conditions not in place or not answered, in order (OPEN-START). */
  public ImmutableList<OpeningPractice> startingConditionsMissing() {
    return facts().assessment().notInPlace(OpeningPractice.startingConditions());
  }

  /**
   * The weakest areas below the co-host rung: the {@value #WEAKEST_AREAS} lowest scores, and any
   * area tied with the last of them, lowest first.
   */
  public ImmutableList<AreaScore> weakestAreas() {
    List<AreaScore> below = new ArrayList<>();
    for (AreaScore score : scores()) {
      if (score.percent() < CohostPosition.CO_HOST.minimumPercent()) {
        below.add(score);
      }
    }
    below.sort(Comparator.comparingInt(AreaScore::percent));
    ImmutableList.Builder<AreaScore> weakest = ImmutableList.builder();
    for (int i = 0; i < below.size(); i++) {
      if (i < WEAKEST_AREAS || below.get(i).percent() == below.get(WEAKEST_AREAS - 1).percent()) {
        weakest.add(below.get(i));
      }
    }
    return weakest.build();
  }

  /** The outcome of the rule about {@code area}, if the rule set has one. */
  public Optional<Outcome> outcome(OpeningArea area) {
    return evaluation().outcome("open.area." + OpeningRules.idOf(area));
  }

  /**
   * The advice for the {@linkplain #weakestAreas() weakest areas}, weakest first, after the advice
   * on the position if the institution is not yet a co-host.
   */
  public ImmutableList<Outcome> adviceForWeakestAreas() {
    ImmutableList.Builder<Outcome> advice = ImmutableList.builder();
    evaluation()
        .outcome("open.cohost")
        .filter(o -> o.status() == Status.FAILED)
        .ifPresent(advice::add);
    for (AreaScore weak : weakestAreas()) {
      outcome(weak.area()).filter(Outcome::isProblem).ifPresent(advice::add);
    }
    return advice.build();
  }

  /**
   * The report as text ({@link #render(java.util.Locale)}): position, area scores,
   * starting conditions, and advice for the weakest areas with the practices to develop.
   */
  @Override
  protected void write(ReportText text) {
    SelfAssessmentText.write(this, text);
  }

  @Override
  public String toString() {
    return "SelfAssessmentReport{"
        + percent()
        + "%, "
        + position()
        + ", warnings="
        + evaluation().problemCount(Severity.WARNING)
        + ", advice="
        + evaluation().problemCount(Severity.ADVICE)
        + "}";
  }
}
