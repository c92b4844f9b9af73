package pl.kcs.core.group;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * Who leads a group's meetings or sets its agenda, which tells how autonomous the group is
 * (MA-AUTONOMY: fully or largely independent of professionals, except those who belong through
 * their own experience).
 */
public enum MeetingLead implements DomainTerm {
  /** The members themselves. (MA-AUTONOMY) */
  PEERS("MA-AUTONOMY"),
  /** The institution's animator. (MA-AUTONOMY) */
  ANIMATOR("MA-AUTONOMY"),
  /** A professional without first-hand experience of the group's problem. (MA-AUTONOMY) */
  PROFESSIONAL("MA-AUTONOMY"),
  /** A professional who belongs to the group through own experience. (MA-AUTONOMY) */
  PROFESSIONAL_WITH_OWN_EXPERIENCE("MA-AUTONOMY");

  private final FactId source;

  MeetingLead(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }
}
