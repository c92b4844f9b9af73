package pl.kcs.simulation;

/**
 * What the replications show at the end of one month.
 *
 * <p>Immutable and thread-safe.
 */
public final class MonthSummary {

  private final int month;
  private final Distribution activeGroups;
  private final Distribution selfRunningGroups;
  private final Distribution independentGroups;
  private final Distribution animatorsInPost;
  private final Distribution cumulativeCostLow;
  private final Distribution cumulativeCostHigh;

  MonthSummary(
      int month,
      Distribution activeGroups,
      Distribution selfRunningGroups,
      Distribution independentGroups,
      Distribution animatorsInPost,
      Distribution cumulativeCostLow,
      Distribution cumulativeCostHigh) {
    this.month = month;
    this.activeGroups = activeGroups;
    this.selfRunningGroups = selfRunningGroups;
    this.independentGroups = independentGroups;
    this.animatorsInPost = animatorsInPost;
    this.cumulativeCostLow = cumulativeCostLow;
    this.cumulativeCostHigh = cumulativeCostHigh;
  }

  /** The month, from 1. */
  public int month() {
    return month;
  }

  /** Groups the KCS supports at the month's end. */
  public Distribution activeGroups() {
    return activeGroups;
  }

  /** Of those, groups meeting without the animator (KCS-EFF-SELFRUN). */
  public Distribution selfRunningGroups() {
    return selfRunningGroups;
  }

  /** Groups that have become independent so far (KCS-EFF-INDEPENDENT). */
  public Distribution independentGroups() {
    return independentGroups;
  }

  /** Animators in post. */
  public Distribution animatorsInPost() {
    return animatorsInPost;
  }

  /** Cost so far at the low end of the rates (KCS-COST-*), premises excluded. */
  public Distribution cumulativeCostLow() {
    return cumulativeCostLow;
  }

  /** Cost so far at the high end of the rates (KCS-COST-*), premises excluded. */
  public Distribution cumulativeCostHigh() {
    return cumulativeCostHigh;
  }

  @Override
  public String toString() {
    return "MonthSummary{" + month + ", independent " + independentGroups + "}";
  }
}
