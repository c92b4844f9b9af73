package pl.kcs.core.legal;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * Legal acts the sources name as the basis or justification of a programme.
 */
public enum LegalAct implements DomainTerm {
  /** The accessibility act, which defines persons with special needs. (KCS-S1A) */
  ACCESSIBILITY_ACT("KCS-S1A"),
  /** The social assistance act of 12 March 2004; its art. 51 makes a self-help club a support centre. (KS-LAW) */
  SOCIAL_ASSISTANCE_ACT("KS-LAW"),
  /** The act of 26 October 1982 on upbringing in sobriety and counteracting alcoholism (funding). (KS-LAW) */
  SOBRIETY_ACT("KS-LAW"),
  /** The act of 24 April 2003 on public-benefit activity and volunteering. (KS-LAW) */
  PUBLIC_BENEFIT_AND_VOLUNTEERING_ACT("KS-LAW");

  private final FactId source;

  LegalAct(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }
}
