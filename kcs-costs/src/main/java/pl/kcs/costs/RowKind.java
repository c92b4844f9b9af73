package pl.kcs.costs;

/**
 * What a row of a {@link CostTable} holds. The names are the stable codes of the first column of a
 * table's CSV.
 */
public enum RowKind {
  /** A cost item: a budget line (citing its fact) or a category of a scenario comparison. */
  ITEM,
  /** The sum of the source method's items, gross. */
  SUBTOTAL,
  /**
   * The employer's contributions on gross pay: not in the source method, a row of its own
   * (library extension of KCS-COST-ANIMATOR).
   */
  EMPLOYER_CONTRIBUTIONS,
  /** The subtotal plus the employer's contributions. */
  TOTAL,
  /** The total of the monthly items for one month (in a scenario comparison). */
  PER_MONTH,
  /** What partners cover, one contribution or all together (KCS-COST-PARTNERS). */
  PARTNER,
  /** The total less what partners cover (KCS-COST-PARTNERS). */
  NET,
  /** The net cost per group. */
  PER_GROUP,
  /** The net cost per participant. */
  PER_PARTICIPANT
}
