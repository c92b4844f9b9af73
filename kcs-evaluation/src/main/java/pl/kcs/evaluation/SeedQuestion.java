package pl.kcs.evaluation;

import pl.kcs.core.FactId;
import pl.kcs.core.Sourced;

/**
 * kcs's questions built around the effects the source method reports from its pilot
 * (KCS-EFF-LONELINESS, KCS-EFF-CONFIDENCE, KCS-EFF-TIES). They are not the method's questions:
 * the source publishes the pilot's results, not a questionnaire, so kcs wrote these — their
 * wording, answer options and how answers count are library choices, not in the source method.
 * The labels are the questions in Polish and English. (The constant's type keeps its original
 * name for compatibility.)
 */
public enum SeedQuestion implements EvaluationTerm, Sourced {
  /**
   * "Do you feel less lonely than before you joined the group?" — almost all pilot participants
   * said they did (KCS-EFF-LONELINESS). Answered with a {@link LessLonelyAnswer}.
   */
  LESS_LONELY_THAN_BEFORE("KCS-EFF-LONELINESS"),
  /**
   * "Do you feel confident enough to organise a new self-help group yourself?" — fewer than half
   * of the surveyed pilot participants did (KCS-EFF-CONFIDENCE). Answered with an {@link
   * OrganiserConfidence}.
   */
  COULD_ORGANISE_A_GROUP("KCS-EFF-CONFIDENCE"),
  /**
   * "Do you keep up acquaintances made in the group outside it?" — the first such acquaintances
   * appeared in the pilot's group for refugee women (KCS-EFF-TIES). Answered with {@link
   * TiesOutsideGroup}.
   */
  TIES_KEPT_OUTSIDE("KCS-EFF-TIES");

  private final FactId source;

  SeedQuestion(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }
}
