package pl.kcs.evaluation.instrument;

import pl.kcs.evaluation.LonelinessTerm;

/**
 * The two subscales of the De Jong Gierveld scale (Manual of the Loneliness Scale, 1999; de Jong
 * Gierveld &amp; van Tilburg 2006). Measures KCS-EFF-LONELINESS.
 */
public enum DjgSubscale implements LonelinessTerm {
  /**
   * Emotional loneliness: missing an intimate relationship. Its items are worded negatively
   * ("I miss …"), so "yes" and "more or less" count as lonely.
   */
  EMOTIONAL,
  /**
   * Social loneliness: missing a wider network. Its items are worded positively ("There are
   * enough people …"), so "no" and "more or less" count as lonely.
   */
  SOCIAL
}
