package pl.kcs.evaluation.instrument;

import pl.kcs.evaluation.LonelinessTerm;

/**
 * An answer to a {@link DjgItem}. Interviews offer "yes", "more or less" and "no"; written
 * questionnaires may offer five: "yes!", "yes", "more or less", "no", "no!" (Manual of the
 * Loneliness Scale, 1999, section 2). Scoring is dichotomous either way: see {@link
 * DjgItem#isLonely(DjgAnswer)}. Measures KCS-EFF-LONELINESS.
 */
public enum DjgAnswer implements LonelinessTerm {
  /** "Yes!" (five-point format only). */
  YES_EMPHATIC(false),
  /** "Yes". */
  YES(true),
  /** "More or less" — the neutral answer, which counts as lonely on every item. */
  MORE_OR_LESS(true),
  /** "No". */
  NO(true),
  /** "No!" (five-point format only). */
  NO_EMPHATIC(false);

  private final boolean inThreePointFormat;

  DjgAnswer(boolean inThreePointFormat) {
    this.inThreePointFormat = inThreePointFormat;
  }

  /** Whether the three-answer format offers this answer. */
  public boolean inThreePointFormat() {
    return inThreePointFormat;
  }
}
