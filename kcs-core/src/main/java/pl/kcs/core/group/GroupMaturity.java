package pl.kcs.core.group;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * How far a self-help group has come, in order: forming, early, developing, running itself,
 * independent. The stages come from the sources' words (KCS-M2: groups "at their early stage or
 * longer"; KCS-EFF-SELFRUN: meeting without the animator; KCS-EFF-INDEPENDENT: independence); the
 * five-step scale is the library's.
 */
public enum GroupMaturity implements DomainTerm {
  /** The group is being started. (KCS-M2) */
  FORMING("KCS-M2"),
  /** The group meets, at its early stage. (KCS-M2) */
  EARLY("KCS-M2"),
  /** The group develops with the institution's support. (KCS-M2) */
  DEVELOPING("KCS-M2"),
  /** The group meets in the premises without the animator present. (KCS-EFF-SELFRUN) */
  RUNNING_ITSELF("KCS-EFF-SELFRUN"),
  /** The group has become independent. (KCS-EFF-INDEPENDENT) */
  INDEPENDENT("KCS-EFF-INDEPENDENT");

  private final FactId source;

  GroupMaturity(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }

  /** Whether this stage is at least {@code other}. */
  public boolean isAtLeast(GroupMaturity other) {
    return compareTo(other) >= 0;
  }
}
