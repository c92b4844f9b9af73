package pl.kcs.evaluation.instrument;

import pl.kcs.evaluation.LonelinessTerm;

/**
 * The three items of the UCLA 3-item loneliness scale (Hughes et al. 2004), in the published
 * order; each asks "how often do you feel …" and is answered with a {@link UclaAnswer}. Measures
 * KCS-EFF-LONELINESS. The labels are short names, not the questionnaire's wording.
 */
public enum UclaItem implements LonelinessTerm {
  /** How often one feels one lacks companionship. */
  LACK_COMPANIONSHIP,
  /** How often one feels left out. */
  LEFT_OUT,
  /** How often one feels isolated from others. */
  ISOLATED
}
