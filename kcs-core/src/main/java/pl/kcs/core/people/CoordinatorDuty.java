package pl.kcs.core.people;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * The duties of a self-help club's coordinator (KS-PEOPLE).
 */
public enum CoordinatorDuty implements DomainTerm {
  /** Supervising and monitoring the club's work. (KS-PEOPLE) */
  SUPERVISE_AND_MONITOR("KS-PEOPLE"),
  /** Developing the club: cooperation with partners, promoting self-help. (KS-PEOPLE) */
  DEVELOP_CLUB("KS-PEOPLE"),
  /** Organising the groups' work. (KS-PEOPLE) */
  ORGANISE_GROUPS("KS-PEOPLE");

  private final FactId source;

  CoordinatorDuty(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }
}
