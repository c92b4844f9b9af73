package pl.kcs.core.people;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;
import pl.kcs.core.defaults.LibraryDefaults;

/**
 * How often an animator has supervision (KCS-S1B-SUPERVISION: regular supervision is
 * necessary). Which frequencies count as regular (quarterly or more often) is a library default, not
 * in the source method; a rule set may ask for more.
 */
public enum SupervisionFrequency implements DomainTerm {
  /** Every week. (KCS-S1B-SUPERVISION) */
  WEEKLY("KCS-S1B-SUPERVISION", 52),
  /** Every two weeks. (KCS-S1B-SUPERVISION) */
  FORTNIGHTLY("KCS-S1B-SUPERVISION", 26),
  /** Every month. (KCS-S1B-SUPERVISION) */
  MONTHLY("KCS-S1B-SUPERVISION", 12),
  /** Every two months. (KCS-S1B-SUPERVISION) */
  EVERY_TWO_MONTHS("KCS-S1B-SUPERVISION", 6),
  /** Every three months. (KCS-S1B-SUPERVISION) */
  QUARTERLY("KCS-S1B-SUPERVISION", 4),
  /** Now and then, with no schedule: not regular. (KCS-S1B-SUPERVISION) */
  OCCASIONAL("KCS-S1B-SUPERVISION", 0),
  /** No supervision. (KCS-S1B-SUPERVISION) */
  NONE("KCS-S1B-SUPERVISION", 0);

  private final FactId source;
  private final int scheduledSessionsPerYear;

  SupervisionFrequency(String source, int scheduledSessionsPerYear) {
    this.source = FactId.of(source);
    this.scheduledSessionsPerYear = scheduledSessionsPerYear;
  }

  @Override
  public FactId source() {
    return source;
  }

  /** The number of sessions a year this schedule plans; 0 where there is no schedule. */
  public int scheduledSessionsPerYear() {
    return scheduledSessionsPerYear;
  }

  /**
   * Whether this frequency counts as the regular supervision the method requires: at least {@link
   * LibraryDefaults#MIN_SUPERVISION_SESSIONS_PER_YEAR} sessions a year (a kcs default: quarterly).
   */
  public boolean isRegular() {
    return scheduledSessionsPerYear >= LibraryDefaults.MIN_SUPERVISION_SESSIONS_PER_YEAR.value();
  }
}
