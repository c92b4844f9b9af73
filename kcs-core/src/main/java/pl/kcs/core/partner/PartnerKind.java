package pl.kcs.core.partner;

import pl.kcs.core.DomainTerm;
import pl.kcs.core.FactId;

/**
 * Kinds of local partners (allies) of a KCS (KCS-S2A) or a self-help club (KS-PARTNERS).
 */
public enum PartnerKind implements DomainTerm {
  /** A non-governmental organisation (also a key partner of a club, KS-PARTNERS). (KCS-S2A) */
  NGO("KCS-S2A"),
  /** A social-assistance centre (OPS). (KCS-S2A) */
  SOCIAL_ASSISTANCE_CENTRE("KCS-S2A"),
  /** A health institution; for a club, the public medical services such as clinics (KS-PARTNERS). (KCS-S2A) */
  HEALTH_INSTITUTION("KCS-S2A"),
  /** An organisation supporting refugees. (KCS-S2A) */
  REFUGEE_SUPPORT("KCS-S2A"),
  /** Another culture institution, e.g. for group tickets. (KCS-M3) */
  CULTURE_INSTITUTION("KCS-M3"),
  /** A labour-market institution, e.g. the county labour office. (KS-PARTNERS) */
  LABOUR_MARKET_INSTITUTION("KS-PARTNERS"),
  /** A local-government unit. (KS-PARTNERS) */
  LOCAL_GOVERNMENT_UNIT("KS-PARTNERS"),
  /** A local entrepreneur. (KS-PARTNERS) */
  LOCAL_ENTREPRENEUR("KS-PARTNERS"),
  /** Volunteers. (KS-PARTNERS) */
  VOLUNTEERS("KS-PARTNERS"),
  /** Another self-help club or a social-integration club. (KS-PARTNERS) */
  OTHER_CLUB("KS-PARTNERS"),
  /** An existing self-help group. (KCS-S2C) */
  SELF_HELP_GROUP("KCS-S2C");

  private final FactId source;

  PartnerKind(String source) {
    this.source = FactId.of(source);
  }

  @Override
  public FactId source() {
    return source;
  }
}
