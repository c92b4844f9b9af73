package pl.kcs.evaluation;

import pl.kcs.core.FactId;
import pl.kcs.core.Sourced;

/**
 * A term of the measurement of loneliness — an instrument, its items, answers, forms, bands and
 * scoring choices, the survey's waves: each comes from the one effect all of them measure,
 * KCS-EFF-LONELINESS ("less lonely" after joining a group), and cites it from here.
 */
public interface LonelinessTerm extends EvaluationTerm, Sourced {

  /** KCS-EFF-LONELINESS: the effect every loneliness term serves to measure. */
  @Override
  default FactId source() {
    return FactId.of("KCS-EFF-LONELINESS");
  }
}
