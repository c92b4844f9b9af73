package pl.kcs.evaluation.instrument;

import pl.kcs.evaluation.LonelinessTerm;

/**
 * The band a loneliness score falls in, by the cut-offs of its scale. The UCLA scale and the De
 * Jong Gierveld subscales are split in two ({@link #NOT_LONELY}, {@link #LONELY}); the De Jong
 * Gierveld totals in three (6 items) or four (11 items) bands. Measures KCS-EFF-LONELINESS.
 */
public enum LonelinessBand implements LonelinessTerm {
  /** Not lonely. */
  NOT_LONELY,
  /** Lonely, where a scale has only two bands. */
  LONELY,
  /** Moderately lonely (De Jong Gierveld totals). */
  MODERATELY_LONELY,
  /** Severely lonely (De Jong Gierveld totals). */
  SEVERELY_LONELY,
  /** Very severely lonely (the 11-item De Jong Gierveld total of 11). */
  VERY_SEVERELY_LONELY;

  /** Whether this band counts as lonely: every band but {@link #NOT_LONELY}. */
  public boolean isLonely() {
    return this != NOT_LONELY;
  }
}
