package pl.kcs.evaluation;

import pl.kcs.core.FactId;
import pl.kcs.core.Sourced;

/**
 * An answer to {@link SeedQuestion#TIES_KEPT_OUTSIDE} (KCS-EFF-TIES): how many acquaintances made
 * in the group the respondent keeps up outside it. The bands are the library's; the source reports
 * that first acquaintances were kept up outside the refugee women's group.
 */
public enum TiesOutsideGroup implements EvaluationTerm, Sourced {
  /** None. */
  NONE,
  /** One or two. */
  ONE_OR_TWO,
  /** Three or more. */
  THREE_OR_MORE;

  /** Whether the respondent keeps at least one tie outside the group. */
  public boolean hasTies() {
    return this != NONE;
  }

  @Override
  public FactId source() {
    return FactId.of("KCS-EFF-TIES");
  }
}
