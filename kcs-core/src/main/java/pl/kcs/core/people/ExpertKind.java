package pl.kcs.core.people;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * Experts and professionals a self-help club works with as the groups need (KS-PEOPLE).
 */
public enum ExpertKind implements DomainTerm {
  /** A psychologist. (KS-PEOPLE) */
  PSYCHOLOGIST("KS-PEOPLE"),
  /** A lawyer. (KS-PEOPLE) */
  LAWYER("KS-PEOPLE"),
  /** A career adviser. (KS-PEOPLE) */
  CAREER_ADVISER("KS-PEOPLE"),
  /** A social worker. (KS-PEOPLE) */
  SOCIAL_WORKER("KS-PEOPLE");

  private final FactId source;

  ExpertKind(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }
}
