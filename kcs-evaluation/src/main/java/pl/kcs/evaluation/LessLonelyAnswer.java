package pl.kcs.evaluation;

/**
 * An answer to {@link SeedQuestion#LESS_LONELY_THAN_BEFORE} (KCS-EFF-LONELINESS). The answer
 * options are the library's; the source reports only that almost all felt less lonely.
 */
public enum LessLonelyAnswer implements LonelinessTerm {
  /** Less lonely than before joining. */
  LESS_LONELY,
  /** No different. */
  NO_DIFFERENCE,
  /** Lonelier than before joining. */
  MORE_LONELY,
  /** Cannot say. Counts among the answers, but not as less lonely. */
  CANNOT_SAY;

  /** Whether the respondent feels less lonely. */
  public boolean isLessLonely() {
    return this == LESS_LONELY;
  }
}
