package pl.kcs.evaluation;

import pl.kcs.core.FactId;
import pl.kcs.core.Sourced;

/**
 * The source method's own questions, whose answers it reports as the pilot's effects. The labels
 * are the questions in Polish and English, worded by kcs after the source (the source reports the
 * results, not its questionnaire).
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
