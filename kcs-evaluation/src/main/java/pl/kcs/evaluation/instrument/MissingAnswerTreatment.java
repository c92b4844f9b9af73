package pl.kcs.evaluation.instrument;

import pl.kcs.evaluation.LonelinessTerm;

/**
 * What a missing answer counts for when a {@link MissingAnswerRule} lets a scale be scored despite
 * it. Measures KCS-EFF-LONELINESS.
 */
public enum MissingAnswerTreatment implements LonelinessTerm {
  /**
   * A missing answer adds nothing to the loneliness: 0 on a De Jong Gierveld item, the lowest
   * answer (1) on a UCLA item. This is what the Manual of the Loneliness Scale's SPSS syntax for
   * the 6-item scale does: it counts the lonely answers among those given.
   */
  SCORE_AS_NOT_LONELY,
  /**
   * The score of the answered items is scaled up to the full number of items and rounded half
   * up. Library option, not from either manual.
   */
  PRORATE
}
