package pl.kcs.evaluation;

import pl.kcs.core.FactId;
import pl.kcs.core.Sourced;

/**
 * An answer to {@link SeedQuestion#COULD_ORGANISE_A_GROUP} (KCS-EFF-CONFIDENCE), on the
 * five-option scale common in Polish surveys ("zdecydowanie tak" … "trudno powiedzieć"). The
 * options, and counting "definitely" and "rather yes" as confident, are the library's; the source
 * reports only that fewer than half felt confident enough.
 */
public enum OrganiserConfidence implements EvaluationTerm, Sourced {
  /** Definitely yes. */
  DEFINITELY_YES,
  /** Rather yes. */
  RATHER_YES,
  /** Rather not. */
  RATHER_NOT,
  /** Definitely not. */
  DEFINITELY_NOT,
  /** Hard to say. Counts among the answers, but not as confident. */
  HARD_TO_SAY;

  /** Whether the respondent feels confident enough to organise a group. */
  public boolean isConfident() {
    return this == DEFINITELY_YES || this == RATHER_YES;
  }

  @Override
  public FactId source() {
    return FactId.of("KCS-EFF-CONFIDENCE");
  }
}
