package pl.kcs.evaluation.instrument;

import pl.kcs.evaluation.LonelinessTerm;

/**
 * A validated loneliness scale kcs scores. All measure the effect KCS-EFF-LONELINESS; the scales
 * themselves are not in the source method, which reports only a retrospective question. Higher
 * scores mean lonelier on every instrument.
 */
public enum Instrument implements LonelinessTerm {
  /** The three-item UCLA loneliness scale, scored 3 to 9 (Hughes et al. 2004). */
  UCLA_3(3, 3, 9),
  /** The 6-item De Jong Gierveld scale, scored 0 to 6 (de Jong Gierveld &amp; van Tilburg 2006). */
  DJG_6(6, 0, 6),
  /** The 11-item De Jong Gierveld scale, scored 0 to 11 (de Jong Gierveld &amp; Kamphuis 1985). */
  DJG_11(11, 0, 11);

  private final int items;
  private final int minScore;
  private final int maxScore;

  Instrument(int items, int minScore, int maxScore) {
    this.items = items;
    this.minScore = minScore;
    this.maxScore = maxScore;
  }

  /** How many items the instrument asks. */
  public int items() {
    return items;
  }

  /** The lowest (least lonely) total score. */
  public int minScore() {
    return minScore;
  }

  /** The highest (loneliest) total score. */
  public int maxScore() {
    return maxScore;
  }
}
