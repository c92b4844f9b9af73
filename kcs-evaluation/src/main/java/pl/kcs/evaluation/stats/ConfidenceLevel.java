package pl.kcs.evaluation.stats;

/**
 * The confidence level of an interval, with the two-sided standard normal quantile z it uses.
 *
 * <p>The quantiles are Φ⁻¹(1 − α/2) to double precision. The report default is 95 %, the
 * convention of the health and social-science literature the loneliness scales come from;
 * library default, not in the source method (KCS-EFF-LONELINESS names no statistics).
 */
public enum ConfidenceLevel {
  /** 90 %: z = 1.6448536269514722. */
  NINETY(90, 1.6448536269514722),
  /** 95 %: z = 1.959963984540054. */
  NINETY_FIVE(95, 1.959963984540054),
  /** 99 %: z = 2.5758293035489004. */
  NINETY_NINE(99, 2.5758293035489004);

  private final int percent;
  private final double z;

  ConfidenceLevel(int percent, double z) {
    this.percent = percent;
    this.z = z;
  }

  /** The level in percent: 90, 95 or 99. */
  public int percent() {
    return percent;
  }

  /** The two-sided standard normal quantile of this level. */
  public double z() {
    return z;
  }
}
