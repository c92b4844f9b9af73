package pl.kcs.core.partner;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * How far the cooperation with a partner has come (KCS-S2A: partners are found, then invited to cooperate).
 */
public enum PartnerStatus implements DomainTerm {
  /** Found as a possible partner, not yet contacted. (KCS-S2A) */
  IDENTIFIED("KCS-S2A"),
  /** Sent information about the planned actions with an invitation to cooperate. (KCS-S2A) */
  INVITED("KCS-S2A"),
  /** Cooperating. (KCS-S2A) */
  COOPERATING("KCS-S2A");

  private final FactId source;

  PartnerStatus(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }

  /** Whether the partner has at least been invited. */
  public boolean isInvited() {
    return this != IDENTIFIED;
  }
}
